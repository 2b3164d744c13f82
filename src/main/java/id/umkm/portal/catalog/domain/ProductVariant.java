package id.umkm.portal.catalog.domain;

import id.umkm.portal.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One size and/or colour of a product, with its own price and stock. */
@Entity
@Table(name = "product_variant")
public class ProductVariant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "size", nullable = false)
    private String size;

    @Column(name = "colour", nullable = false)
    private String colour;

    @Column(name = "price_rupiah", nullable = false)
    private long priceRupiah;

    @Column(name = "stock", nullable = false)
    private int stock;

    @Column(name = "sort_order", nullable = false)
    private short sortOrder;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected ProductVariant() {
    }

    ProductVariant(Product product, VariantSpec spec, int sortOrder) {
        this.product = product;
        this.size = spec.size();
        this.colour = spec.colour();
        apply(spec, sortOrder);
    }

    void apply(VariantSpec spec, int order) {
        this.priceRupiah = spec.priceRupiah();
        this.stock = spec.stock();
        this.sortOrder = (short) order;
    }

    String key() {
        return new VariantSpec(size, colour, priceRupiah, stock).key();
    }

    public VariantSpec spec() {
        return new VariantSpec(size, colour, priceRupiah, stock);
    }

    public Long getId() {
        return id;
    }

    public String getSize() {
        return size;
    }

    public String getColour() {
        return colour;
    }

    public Money getPrice() {
        return Money.rupiah(priceRupiah);
    }

    public int getStock() {
        return stock;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
