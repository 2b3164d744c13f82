package id.umkm.portal.payment.application;

import id.umkm.portal.shared.domain.Money;
import java.time.Instant;
import java.util.Optional;

/**
 * The acquiring gateway as the payment context needs it (a Midtrans-style API in production and in
 * the simulator). Every method may throw {@link PaymentUnavailableException} (or a fault-tolerance
 * exception: timeout, open circuit) when the gateway cannot be reached or refuses the call.
 */
public interface PaymentGateway {

    /**
     * Opens a dynamic QRIS charge.
     *
     * @param notificationUrl where the gateway is to post notifications for this charge; null to use
     *        the URL configured at the gateway
     */
    GatewayCharge charge(String orderId, Money amount, Instant orderTime, Instant payBy, String notificationUrl);

    /** The charge as the gateway knows it now; empty when it knows no such order id. */
    Optional<GatewayStatus> status(String orderId);

    /** Cancels an unpaid charge; false when the gateway refuses because the charge is already final or unknown. */
    boolean cancel(String orderId);

    record GatewayCharge(String transactionId, String qrString, Instant expiresAt, String transactionStatus) {
    }

    /**
     * @param grossAmount what the gateway says the charge is for
     * @param settledAt when it was paid, if it was
     */
    record GatewayStatus(String orderId, String transactionId, String transactionStatus, String fraudStatus,
            Money grossAmount, Instant settledAt) {
    }
}
