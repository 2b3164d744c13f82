package id.umkm.portal.order.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.shared.domain.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckoutTest {

    @Test
    void paymentReferencesAreReadBackOnlyWhenTheyAreOurs() {
        assertThat(Checkout.reference(42)).isEqualTo("CO-42");
        assertThat(Checkout.idOf("CO-42")).isEqualTo(42);
        assertThat(Checkout.idOf("OS-42")).isEqualTo(-1);
        assertThat(Checkout.idOf("CO-")).isEqualTo(-1);
        assertThat(Checkout.idOf("CO-4x")).isEqualTo(-1);
        assertThat(Checkout.idOf(null)).isEqualTo(-1);
    }

    @Test
    void theCheckoutTotalIsTheSumOfItsOrdersWithDelivery() {
        Instant now = Instant.parse("2026-03-01T02:00:00Z");
        Checkout checkout = new Checkout(7, "key", now);
        checkout.add(Order.place("ORD-1-1", 1, 7, 3, Delivery.pickup("+6281234567890"),
                List.of(new OrderItem(1, null, "Amplang", Money.rupiah(25_000), 2)), now, Duration.ofMinutes(30)));
        checkout.add(Order.place("ORD-1-2", 1, 7, 4, Delivery.courier("Jl. A", (short) 2, "+6281234567890", Money.rupiah(15_000)),
                List.of(new OrderItem(2, 5L, "Batik (L)", Money.rupiah(150_000), 1)), now, Duration.ofMinutes(30)));
        assertThat(checkout.getTotal()).isEqualTo(Money.rupiah(215_000));
    }
}
