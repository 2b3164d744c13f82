package id.umkm.portal.order.application;

import id.umkm.portal.order.domain.Checkout;
import id.umkm.portal.order.domain.OrderStatus;
import id.umkm.portal.shared.domain.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A checkout with its orders (one per seller), paid together with one QRIS charge. */
public record CheckoutSummary(long id, long buyerAccountId, Money total, Instant payBy, List<OrderDetails> orders) implements Serializable {

    public String paymentReference() {
        return Checkout.reference(id);
    }

    /** Some order still waits for the money: the charge is worth showing. */
    public boolean isAwaitingPayment() {
        return orders.stream().anyMatch(o -> o.status() == OrderStatus.PENDING_PAYMENT);
    }

    public boolean isPaid() {
        return orders.stream().allMatch(o -> o.status().isPaid());
    }

    /** Unpaid and closed (cancelled or expired): nothing left to pay. */
    public boolean isClosedUnpaid() {
        return !isAwaitingPayment() && orders.stream().noneMatch(o -> o.status().isPaid());
    }
}
