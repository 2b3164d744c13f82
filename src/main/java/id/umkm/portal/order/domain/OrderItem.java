package id.umkm.portal.order.domain;

import id.umkm.portal.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A line of an order, with the name and price as they were at checkout. */
@Entity
@Table(name = "order_item")
public class OrderItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private Order order;

    @Column(name = "product_id")
    private long productId;

    @Column(name = "variant_id")
    private Long variantId;

    @Column(name = "name")
    private String name;

    @Column(name = "unit_price_rupiah")
    private long unitPriceRupiah;

    @Column(name = "quantity")
    private int quantity;

    protected OrderItem() {
    }

    public OrderItem(long productId, Long variantId, String name, Money unitPrice, int quantity) {
        if (quantity <= 0 || unitPrice.rupiah() <= 0) {
            throw new IllegalArgumentException("An order line needs a positive price and quantity");
        }
        this.productId = productId;
        this.variantId = variantId;
        this.name = name;
        this.unitPriceRupiah = unitPrice.rupiah();
        this.quantity = quantity;
    }

    void belongTo(Order order) {
        this.order = order;
    }

    public Money lineTotal() {
        return Money.rupiah(unitPriceRupiah).times(quantity);
    }

    public long getProductId() {
        return productId;
    }

    public Long getVariantId() {
        return variantId;
    }

    public String getName() {
        return name;
    }

    public Money getUnitPrice() {
        return Money.rupiah(unitPriceRupiah);
    }

    public int getQuantity() {
        return quantity;
    }
}
