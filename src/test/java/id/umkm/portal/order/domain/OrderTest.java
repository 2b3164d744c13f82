package id.umkm.portal.order.domain;

import static id.umkm.portal.order.domain.OrderStatus.CANCELLED;
import static id.umkm.portal.order.domain.OrderStatus.COMPLETED;
import static id.umkm.portal.order.domain.OrderStatus.EXPIRED;
import static id.umkm.portal.order.domain.OrderStatus.PAID;
import static id.umkm.portal.order.domain.OrderStatus.PENDING_PAYMENT;
import static id.umkm.portal.order.domain.OrderStatus.PROCESSING;
import static id.umkm.portal.order.domain.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private static final Actor BUYER = Actor.buyer(7);
    private static final Actor SELLER = Actor.seller(9);

    /** Each action, and the states it may start from. */
    private static final Map<String, Set<OrderStatus>> ALLOWED = Map.of(
            "startProcessing", EnumSet.of(PAID),
            "ship", EnumSet.of(PROCESSING),
            "confirmReceipt", EnumSet.of(SHIPPED),
            "cancelByBuyer", EnumSet.of(PENDING_PAYMENT),
            "cancelBySeller", EnumSet.of(PENDING_PAYMENT, PAID, PROCESSING));

    private static final Map<String, Consumer<Order>> ACTIONS = Map.of(
            "startProcessing", o -> o.startProcessing(SELLER, T0.plusSeconds(100)),
            "ship", o -> o.ship(SELLER, "JNE 123", T0.plusSeconds(100)),
            "confirmReceipt", o -> o.confirmReceipt(BUYER, T0.plusSeconds(100)),
            "cancelByBuyer", o -> o.cancelByBuyer(BUYER, T0.plusSeconds(100)),
            "cancelBySeller", o -> o.cancelBySeller(SELLER, "stok habis", T0.plusSeconds(100)));

    @Test
    void placingTotalsTheItemsAndTheDeliveryFee() {
        Order order = courierOrder();
        assertThat(order.getStatus()).isEqualTo(PENDING_PAYMENT);
        assertThat(order.getItemsTotal()).isEqualTo(Money.rupiah(2 * 25_000 + 15_000));
        assertThat(order.getDeliveryFee()).isEqualTo(Money.rupiah(15_000));
        assertThat(order.getTotal()).isEqualTo(Money.rupiah(80_000));
        assertThat(order.getPayBy()).isEqualTo(T0.plus(Duration.ofMinutes(30)));
        assertThat(order.getTimeline()).singleElement().satisfies(e -> {
            assertThat(e.getFrom()).isNull();
            assertThat(e.getTo()).isEqualTo(PENDING_PAYMENT);
            assertThat(e.getActor()).isEqualTo(BUYER);
        });
    }

    @ParameterizedTest
    @EnumSource(OrderStatus.class)
    void everyActionIsRefusedOutsideTheStatesThatAllowIt(OrderStatus start) {
        ALLOWED.forEach((action, from) -> {
            Order order = orderIn(start);
            int steps = order.getTimeline().size();
            if (from.contains(start)) {
                ACTIONS.get(action).accept(order);
                assertThat(order.getTimeline()).as(action + " from " + start).hasSize(steps + 1);
            } else {
                assertThatThrownBy(() -> ACTIONS.get(action).accept(order)).as(action + " from " + start)
                        .isInstanceOfSatisfying(RuleViolation.class, v -> {
                            assertThat(v.messageKey()).isEqualTo("order.illegalTransition");
                            assertThat(v.isConflict()).isTrue();
                        });
                assertThat(order.getStatus()).isEqualTo(start);
                assertThat(order.getTimeline()).hasSize(steps);
            }
        });
    }

    @Test
    void theHappyPathRecordsWhoDidWhatAndWhen() {
        Order order = courierOrder();
        assertThat(order.markPaid(T0.plusSeconds(60))).isTrue();
        order.startProcessing(SELLER, T0.plusSeconds(120));
        order.ship(SELLER, "Kurir kota, resi 889", T0.plusSeconds(180));
        order.confirmReceipt(BUYER, T0.plusSeconds(240));

        assertThat(order.getStatus()).isEqualTo(COMPLETED);
        assertThat(order.getTimeline()).extracting(OrderEvent::getTo)
                .containsExactly(PENDING_PAYMENT, PAID, PROCESSING, SHIPPED, COMPLETED);
        assertThat(order.getTimeline()).extracting(e -> e.getActor().type())
                .containsExactly(Actor.Type.BUYER, Actor.Type.SYSTEM, Actor.Type.SELLER, Actor.Type.SELLER, Actor.Type.BUYER);
        assertThat(order.getTimeline().get(3).getNote()).isEqualTo("Kurir kota, resi 889");
        assertThat(order.getClosedAt()).isEqualTo(T0.plusSeconds(240));
    }

    @Test
    void aRepeatedPaymentNotificationChangesNothing() {
        Order order = courierOrder();
        assertThat(order.markPaid(T0.plusSeconds(60))).isTrue();
        assertThat(order.markPaid(T0.plusSeconds(90))).isFalse();
        assertThat(order.getPaidAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(order.getTimeline()).hasSize(2);
    }

    @Test
    void moneyArrivingAfterExpiryIsOwedBackOnceAndDoesNotReopenTheOrder() {
        Order order = courierOrder();
        assertThat(order.expire(T0.plus(Duration.ofMinutes(29)))).as("not due yet").isFalse();
        assertThat(order.expire(T0.plus(Duration.ofMinutes(30)))).isTrue();
        assertThat(order.releasesStock()).isTrue();

        assertThat(order.markPaid(T0.plus(Duration.ofMinutes(31)))).isTrue();
        assertThat(order.markPaid(T0.plus(Duration.ofMinutes(32)))).isFalse();
        assertThat(order.getStatus()).isEqualTo(EXPIRED);
        assertThat(order.isRefundDue()).isTrue();
    }

    @Test
    void aSellerCancellingAPaidOrderNeedsAReasonAndOwesARefund() {
        Order order = courierOrder();
        order.markPaid(T0.plusSeconds(60));
        assertThatThrownBy(() -> order.cancelBySeller(SELLER, "  ", T0.plusSeconds(90)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.field()).isEqualTo("reason"));
        assertThat(order.getStatus()).isEqualTo(PAID);

        order.cancelBySeller(SELLER, "Bahan baku habis", T0.plusSeconds(90));
        assertThat(order.getStatus()).isEqualTo(CANCELLED);
        assertThat(order.isRefundDue()).isTrue();
        assertThat(order.getCancelReason()).isEqualTo("Bahan baku habis");
    }

    @Test
    void anUnpaidOrderCancelledByItsBuyerOwesNothing() {
        Order order = courierOrder();
        order.cancelByBuyer(BUYER, T0.plusSeconds(30));
        assertThat(order.isRefundDue()).isFalse();
        assertThat(order.releasesStock()).isTrue();
    }

    @Test
    void shippedOrdersCompleteThemselvesAfterSevenDays() {
        Order order = orderIn(SHIPPED);
        Instant shipped = order.getShippedAt();
        assertThat(order.autoComplete(shipped.plus(Duration.ofDays(7)).minusSeconds(1))).isFalse();
        assertThat(order.autoComplete(shipped.plus(Duration.ofDays(7)))).isTrue();
        assertThat(order.getStatus()).isEqualTo(COMPLETED);
        assertThat(order.getTimeline().get(order.getTimeline().size() - 1).getActor()).isEqualTo(Actor.SYSTEM);
    }

    @Test
    void deliveryRulesAreCheckedAtPlacement() {
        assertThatThrownBy(() -> Delivery.courier(" ", (short) 1, "+628115550001", Money.rupiah(10_000)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Delivery(DeliveryMethod.PICKUP, null, null, "+628115550001", Money.rupiah(5_000)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Delivery.pickup("+628115550001").fee()).isEqualTo(Money.ZERO);
    }

    private static Order courierOrder() {
        return Order.place("UMKM-20261123-0001", 1, 7, 3,
                Delivery.courier("Jl. Jend. Sudirman No. 1", (short) 2, "+628115550001", Money.rupiah(15_000)),
                List.of(new OrderItem(11, null, "Amplang Kepiting 250 g", Money.rupiah(25_000), 2),
                        new OrderItem(12, 5L, "Kue Bingka Kentang", Money.rupiah(15_000), 1)),
                T0, Duration.ofMinutes(30));
    }

    private static Order orderIn(OrderStatus status) {
        Order order = courierOrder();
        switch (status) {
            case PENDING_PAYMENT -> { }
            case PAID -> order.markPaid(T0.plusSeconds(10));
            case PROCESSING -> {
                order.markPaid(T0.plusSeconds(10));
                order.startProcessing(SELLER, T0.plusSeconds(20));
            }
            case SHIPPED, COMPLETED -> {
                order.markPaid(T0.plusSeconds(10));
                order.startProcessing(SELLER, T0.plusSeconds(20));
                order.ship(SELLER, null, T0.plusSeconds(30));
                if (status == COMPLETED) {
                    order.confirmReceipt(BUYER, T0.plusSeconds(40));
                }
            }
            case CANCELLED -> order.cancelByBuyer(BUYER, T0.plusSeconds(10));
            case EXPIRED -> order.expire(T0.plus(Duration.ofHours(1)));
        }
        assertThat(order.getStatus()).isEqualTo(status);
        return order;
    }
}
