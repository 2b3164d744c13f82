package id.umkm.portal.payment.infrastructure.simulator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A charge as the simulated gateway remembers it; status uses Midtrans' words (pending, settlement, ...). */
@Entity
@Table(name = "simulated_charge")
public class SimulatedCharge implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "order_id")
    private String orderId;

    @Column(name = "transaction_id")
    private String transactionId;

    @Column(name = "gross_amount")
    private long grossAmount;

    @Column(name = "qr_string")
    private String qrString;

    @Column(name = "notification_url")
    private String notificationUrl;

    @Column(name = "status")
    private String status;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    protected SimulatedCharge() {
    }

    SimulatedCharge(String orderId, String transactionId, long grossAmount, String qrString, String notificationUrl,
            Instant createdAt, Instant expiresAt) {
        this.orderId = orderId;
        this.transactionId = transactionId;
        this.grossAmount = grossAmount;
        this.qrString = qrString;
        this.notificationUrl = notificationUrl;
        this.status = "pending";
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String getOrderId() {
        return orderId;
    }

    public String getTransactionId() {
        return transactionId;
    }

    public long getGrossAmount() {
        return grossAmount;
    }

    public String getQrString() {
        return qrString;
    }

    public String getNotificationUrl() {
        return notificationUrl;
    }

    public String getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public boolean isPending() {
        return "pending".equals(status);
    }

    /** Midtrans' status_code for the status: 201 pending, 200 settled, 202 denied/expired/cancelled. */
    public String statusCode() {
        return switch (status) {
            case "pending" -> "201";
            case "settlement" -> "200";
            default -> "202";
        };
    }
}
