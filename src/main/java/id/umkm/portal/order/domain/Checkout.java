package id.umkm.portal.order.domain;

import id.umkm.portal.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One submitted cart, paid with one QRIS charge whatever the number of sellers. The buyer's
 * idempotency key is unique per buyer: a repeated submission meets this row and gets its orders back.
 */
@Entity
@Table(name = "checkout")
public class Checkout {

    /** The payment reference prefix the payment context hands back to this context. */
    public static final String REFERENCE_PREFIX = "CO-";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "buyer_account_id")
    private long buyerAccountId;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "total_rupiah")
    private long totalRupiah;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Checkout() {
    }

    public Checkout(long buyerAccountId, String idempotencyKey, Instant now) {
        this.buyerAccountId = buyerAccountId;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = now;
    }

    public void add(Order order) {
        totalRupiah = Math.addExact(totalRupiah, order.getTotal().rupiah());
    }

    public String paymentReference() {
        return reference(id);
    }

    public static String reference(long checkoutId) {
        return REFERENCE_PREFIX + checkoutId;
    }

    /** The checkout id of one of this context's payment references, or -1 when it is not one. */
    public static long idOf(String reference) {
        if (reference == null || !reference.startsWith(REFERENCE_PREFIX)) {
            return -1;
        }
        try {
            return Long.parseLong(reference.substring(REFERENCE_PREFIX.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public Long getId() {
        return id;
    }

    public long getBuyerAccountId() {
        return buyerAccountId;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public Money getTotal() {
        return Money.rupiah(totalRupiah);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
