package id.umkm.portal.order.application;

import id.umkm.portal.order.domain.Checkout;
import id.umkm.portal.payment.application.PaymentReceived;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Marks a checkout's orders paid inside the payment context's transaction that recorded the money. */
@ApplicationScoped
public class CheckoutPayments {

    @Inject
    private OrderMoves moves;

    void paid(@Observes PaymentReceived payment) {
        long checkoutId = Checkout.idOf(payment.reference());
        if (checkoutId > 0) {
            moves.checkoutPaid(checkoutId, payment.amount(), payment.paidAt());
        }
    }
}
