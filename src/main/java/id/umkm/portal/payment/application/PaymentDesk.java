package id.umkm.portal.payment.application;

import id.umkm.portal.shared.domain.Money;
import java.time.Instant;
import java.util.Optional;

/**
 * How other contexts (orders, the outlet counter) ask to be paid by dynamic QRIS through the
 * gateway. A reference names one payable thing (a checkout, an outlet sale) and is unique
 * across the portal; its prefix says whose it is (e.g. "CO-" checkouts, "OS-" outlet sales).
 *
 * <p>Calls reach the gateway over the network: make them after the caller's own transaction has
 * committed, never while holding stock or seat locks. When the gateway cannot be reached the
 * call throws {@link PaymentUnavailableException} and nothing is recorded, so the caller can
 * show the buyer a clear message and offer to try again.
 */
public interface PaymentDesk {

    /**
     * Opens a QRIS charge for the reference, or returns the one already open for it: calling
     * twice (a double click, a retried request) never creates a second charge.
     */
    QrisCharge openQrisCharge(String reference, Money amount, Instant payBy, String description);

    Optional<QrisCharge> charge(String reference);

    /**
     * Cancels an unpaid charge at the gateway (buyer cancelled, order expired). A charge that was
     * paid meanwhile stays paid: its {@link PaymentReceived} has fired or will fire, and the caller
     * must treat that money as a refund due.
     */
    void cancelCharge(String reference);
}
