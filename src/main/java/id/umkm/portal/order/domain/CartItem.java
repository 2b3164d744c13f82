package id.umkm.portal.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A line of a logged-in buyer's cart; variantId 0 for a product without variants. */
@Entity
@Table(name = "cart_item")
public class CartItem {

    /** More than anyone buys of one thing at a market stall; keeps typing slips out of orders. */
    public static final int MAX_QUANTITY = 999;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "buyer_account_id")
    private long buyerAccountId;

    @Column(name = "product_id")
    private long productId;

    @Column(name = "variant_id")
    private long variantId;

    @Column(name = "quantity")
    private int quantity;

    @Column(name = "added_at")
    private Instant addedAt;

    protected CartItem() {
    }

    public CartItem(long buyerAccountId, long productId, long variantId, int quantity, Instant now) {
        this.buyerAccountId = buyerAccountId;
        this.productId = productId;
        this.variantId = variantId;
        this.quantity = quantity;
        this.addedAt = now;
    }

    public void changeQuantity(int quantity) {
        this.quantity = quantity;
    }

    public long getBuyerAccountId() {
        return buyerAccountId;
    }

    public long getProductId() {
        return productId;
    }

    public long getVariantId() {
        return variantId;
    }

    public int getQuantity() {
        return quantity;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
