package id.umkm.portal.payment.application;

import id.umkm.portal.shared.domain.Money;

/**
 * The double-entry ledger as the selling contexts use it. A buyer's payment is held on receipt
 * (the payment context posts that itself); the money moves to the seller only when the order
 * completes, less the platform fee, or back to the buyer as a refund. Every posting is
 * idempotent per source (order number): posting the same one twice changes nothing.
 * A seller's balance is always derived from the entries, never stored.
 */
public interface SellerLedger {

    /** The order completed: its amount moves from held money to what the portal owes the seller. */
    void releaseToSeller(long sellerId, String paymentReference, String orderNumber, Money amount);

    /** A paid order was cancelled: its amount moves from held money to a refund owed to the buyer. */
    void refundToBuyer(long sellerId, String paymentReference, String orderNumber, Money amount);

    /** What the portal owes the seller now and has not yet paid out. */
    Money payableBalance(long sellerId);
}
