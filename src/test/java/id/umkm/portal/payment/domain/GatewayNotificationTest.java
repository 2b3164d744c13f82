package id.umkm.portal.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GatewayNotificationTest {

    private static final String SERVER_KEY = "SB-Mid-server-uji-coba";

    @Test
    void signatureIsSha512OfOrderStatusAmountAndServerKey() {
        // SHA-512 of "abc" (FIPS 180-2), through the same concatenation.
        assertThat(GatewayNotification.sign("a", "b", "c", "")).isEqualTo(
                "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                        + "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    }

    @Test
    void acceptsOnlyAnUntamperedNotificationSignedWithOurKey() {
        String signature = GatewayNotification.sign("ORD-1", "200", "37500.00", SERVER_KEY);
        GatewayNotification genuine = notification("ORD-1", "200", "37500.00", signature);

        assertThat(genuine.isSignedWith(SERVER_KEY)).isTrue();
        assertThat(notification("ORD-1", "200", "37500.00", signature.toUpperCase()).isSignedWith(SERVER_KEY)).isTrue();
        assertThat(genuine.isSignedWith("another-key")).isFalse();
        assertThat(notification("ORD-1", "200", "1.00", signature).isSignedWith(SERVER_KEY)).as("amount changed").isFalse();
        assertThat(notification("ORD-2", "200", "37500.00", signature).isSignedWith(SERVER_KEY)).as("order changed").isFalse();
        assertThat(notification("ORD-1", "200", "37500.00", null).isSignedWith(SERVER_KEY)).isFalse();
    }

    @Test
    void mapsTheGatewaysStatusesToOurs() {
        assertThat(PaymentState.ofMidtrans("settlement", null)).isEqualTo(PaymentState.PAID);
        assertThat(PaymentState.ofMidtrans("capture", "accept")).isEqualTo(PaymentState.PAID);
        assertThat(PaymentState.ofMidtrans("capture", "challenge")).isEqualTo(PaymentState.PENDING);
        assertThat(PaymentState.ofMidtrans("pending", null)).isEqualTo(PaymentState.PENDING);
        assertThat(PaymentState.ofMidtrans("expire", null)).isEqualTo(PaymentState.EXPIRED);
        assertThat(PaymentState.ofMidtrans("cancel", null)).isEqualTo(PaymentState.CANCELLED);
        assertThat(PaymentState.ofMidtrans("deny", null)).isEqualTo(PaymentState.DENIED);
        assertThat(PaymentState.ofMidtrans("refund", null)).isEqualTo(PaymentState.REFUNDED);
        assertThat(PaymentState.PENDING.isFinal()).isFalse();
        assertThatThrownBy(() -> PaymentState.ofMidtrans("paid-maybe", null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static GatewayNotification notification(String order, String status, String amount, String signature) {
        return new GatewayNotification(order, status, amount, signature, "settlement", null, "trx-1");
    }
}
