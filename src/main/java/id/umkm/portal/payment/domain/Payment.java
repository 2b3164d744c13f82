package id.umkm.portal.payment.domain;

import id.umkm.portal.shared.domain.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The portal's record of one QRIS charge opened at the gateway. Its state changes through conditional
 * updates in the database (see PaymentRecords), never by loading and saving this object, so two
 * notifications racing for it cannot both win.
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "reference")
    private String reference;

    @Column(name = "amount_rupiah")
    private long amountRupiah;

    @Column(name = "description")
    private String description;

    @Column(name = "qr_string")
    private String qrString;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "state")
    private PaymentState state;

    @Column(name = "gateway_transaction_id")
    private String gatewayTransactionId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    @Column(name = "version")
    private int version;

    protected Payment() {
    }

    public static Payment opened(String reference, Money amount, String description, String qrString,
            Instant expiresAt, String gatewayTransactionId, Instant now) {
        Payment p = new Payment();
        p.reference = reference;
        p.amountRupiah = amount.rupiah();
        p.description = description;
        p.qrString = qrString;
        p.expiresAt = expiresAt;
        p.state = PaymentState.PENDING;
        p.gatewayTransactionId = gatewayTransactionId;
        p.createdAt = now;
        return p;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Money getAmount() {
        return Money.rupiah(amountRupiah);
    }

    public String getDescription() {
        return description;
    }

    public String getQrString() {
        return qrString;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public PaymentState getState() {
        return state;
    }

    public String getGatewayTransactionId() {
        return gatewayTransactionId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPaidAt() {
        return paidAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
