package id.umkm.portal.payment.domain;

import java.util.Locale;

/** Where a gateway payment stands, in the portal's words. */
public enum PaymentState {
    PENDING, PAID, EXPIRED, CANCELLED, DENIED, REFUNDED;

    /**
     * Maps a Midtrans transaction_status. "capture" only counts as paid when the fraud check
     * accepted it; QRIS payments settle directly.
     */
    public static PaymentState ofMidtrans(String transactionStatus, String fraudStatus) {
        return switch (transactionStatus.toLowerCase(Locale.ROOT)) {
            case "settlement" -> PAID;
            case "capture" -> fraudStatus == null || "accept".equalsIgnoreCase(fraudStatus) ? PAID : PENDING;
            case "pending", "authorize" -> PENDING;
            case "expire" -> EXPIRED;
            case "cancel" -> CANCELLED;
            case "deny", "failure" -> DENIED;
            case "refund", "partial_refund" -> REFUNDED;
            default -> throw new IllegalArgumentException("Unknown transaction_status " + transactionStatus);
        };
    }

    public boolean isFinal() {
        return this != PENDING;
    }
}
