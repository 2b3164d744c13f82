package id.umkm.portal.order.api;

import id.umkm.portal.order.application.PlacedCheckout;
import id.umkm.portal.payment.application.QrisCharge;
import java.time.Instant;
import java.util.List;

/**
 * A placed checkout: its orders and how to pay them. payment is null (and paymentUnavailable true)
 * when the gateway could not be reached; the orders wait for payment and GET .../payment tries again.
 */
public record CheckoutJson(long checkoutId, long total, Instant payBy, List<OrderJson> orders, Payment payment,
        boolean paymentUnavailable) {

    public record Payment(String reference, String qrString, long amount, Instant expiresAt, String state) {

        static Payment of(QrisCharge charge) {
            return new Payment(charge.reference(), charge.qrString(), charge.amount().rupiah(), charge.expiresAt(),
                    charge.state().name());
        }
    }

    static CheckoutJson of(PlacedCheckout placed) {
        var c = placed.checkout();
        Payment payment = placed.charge().map(Payment::of).orElse(null);
        return new CheckoutJson(c.id(), c.total().rupiah(), c.payBy(), c.orders().stream().map(OrderJson::of).toList(),
                payment, payment == null && c.isAwaitingPayment());
    }
}
