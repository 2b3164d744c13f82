package id.umkm.portal.order.application;

import id.umkm.portal.order.domain.Checkout;
import id.umkm.portal.payment.application.PaymentDesk;
import id.umkm.portal.payment.application.PaymentUnavailableException;
import id.umkm.portal.payment.application.QrisCharge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Places checkouts and deals with their QRIS charge. Deliberately not transactional: the gateway is
 * called only after the checkout's own transaction committed, never while stock rows are locked, and
 * a gateway that cannot be reached leaves the orders waiting for payment with a clear message.
 */
@ApplicationScoped
public class OrderPayments {

    private static final Logger LOG = Logger.getLogger(OrderPayments.class.getName());

    @Inject
    private Checkouts checkouts;

    @Inject
    private OrderMoves moves;

    @Inject
    private PaymentDesk desk;

    @Inject
    private Clock clock;

    public PlacedCheckout place(long buyerAccountId, String idempotencyKey, CheckoutRequest request) {
        CheckoutSummary checkout;
        boolean created;
        try {
            Optional<CheckoutSummary> earlier = checkouts.find(buyerAccountId, idempotencyKey);
            created = earlier.isEmpty();
            checkout = earlier.isPresent() ? earlier.get() : checkouts.place(buyerAccountId, idempotencyKey, request);
        } catch (CheckoutAlreadyPlaced twin) {
            created = false;
            checkout = checkouts.find(buyerAccountId, idempotencyKey).orElseThrow(() -> twin);
        }
        return new PlacedCheckout(checkout, charge(checkout), created);
    }

    /** The checkout's charge, opened now if it is still unpaid and has none; empty when the gateway is out of reach. */
    public Optional<QrisCharge> charge(CheckoutSummary checkout) {
        try {
            Optional<QrisCharge> existing = desk.charge(checkout.paymentReference());
            // Past its time an unpaid checkout is about to expire: no new charge for it.
            if (existing.isPresent() || !checkout.isAwaitingPayment() || !checkout.payBy().isAfter(clock.instant())) {
                return existing;
            }
            return Optional.of(desk.openQrisCharge(checkout.paymentReference(), checkout.total(), checkout.payBy(),
                    "Portal UMKM Balikpapan " + checkout.paymentReference()));
        } catch (PaymentUnavailableException e) {
            LOG.log(Level.WARNING, "No QRIS charge for " + checkout.paymentReference() + " now: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** The buyer calls off the unpaid checkout; then its charge is withdrawn at the gateway. */
    public void cancel(long buyerAccountId, long checkoutId) {
        moves.cancelByBuyer(buyerAccountId, checkoutId);
        cancelCharge(checkoutId);
    }

    /** Withdraws the charge of a checkout no longer payable; a failure is logged (the charge lapses at payBy anyway). */
    public void cancelCharge(long checkoutId) {
        try {
            desk.cancelCharge(Checkout.reference(checkoutId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not cancel the charge of checkout " + checkoutId, e);
        }
    }
}
