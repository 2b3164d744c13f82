package id.umkm.portal.order.application;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.order.domain.DeliveryMethod;
import id.umkm.portal.order.domain.OrderStatus;
import id.umkm.portal.shared.domain.Money;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckoutSummaryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");

    @Test
    void aChargeIsWorthShowingWhileAnyOrderWaitsForPayment() {
        CheckoutSummary mixed = summary(OrderStatus.PENDING_PAYMENT, OrderStatus.CANCELLED);
        assertThat(mixed.isAwaitingPayment()).isTrue();
        assertThat(mixed.isPaid()).isFalse();
        assertThat(mixed.isClosedUnpaid()).isFalse();
        assertThat(mixed.paymentReference()).isEqualTo("CO-9");
    }

    @Test
    void paidAndClosedAreToldApart() {
        assertThat(summary(OrderStatus.PAID, OrderStatus.SHIPPED).isPaid()).isTrue();
        assertThat(summary(OrderStatus.EXPIRED, OrderStatus.EXPIRED).isClosedUnpaid()).isTrue();
        assertThat(summary(OrderStatus.EXPIRED, OrderStatus.EXPIRED).isAwaitingPayment()).isFalse();
    }

    @Test
    void eachSellerGetsItsOwnDeliveryMethodOrTheDefault() {
        CheckoutRequest request = new CheckoutRequest(List.of(new CheckoutRequest.Item(1L, null, 1)), "0812 3456 7890",
                "Jl. A", (short) 2, DeliveryMethod.COURIER, Map.of(5L, DeliveryMethod.PICKUP));
        assertThat(request.methodFor(5)).isEqualTo(DeliveryMethod.PICKUP);
        assertThat(request.methodFor(6)).isEqualTo(DeliveryMethod.COURIER);
        assertThat(request.items().get(0).key()).isEqualTo(new CartKey(1, 0));
    }

    private static CheckoutSummary summary(OrderStatus... statuses) {
        List<OrderDetails> orders = Arrays.stream(statuses).map(s -> new OrderDetails(1, "ORD-9-1", 9, 7, "Andi", 3,
                "Toko", s, DeliveryMethod.PICKUP, null, null, "+6281234567890", Money.rupiah(1000), Money.ZERO,
                Money.rupiah(1000), NOW, NOW, null, null, null, null, false, List.of(), List.of())).toList();
        return new CheckoutSummary(9, 7, Money.rupiah(2000), NOW, orders);
    }
}
