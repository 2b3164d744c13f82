package id.umkm.portal.payment.infrastructure;

import id.umkm.portal.payment.application.PaymentGateway;
import id.umkm.portal.payment.application.PaymentUnavailableException;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.infrastructure.ExternalCalls;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * The Midtrans-style gateway over HTTP. Each call has a connect timeout (umkm.payment.gateway.connect-timeout,
 * 1 s) and a socket read timeout (umkm.payment.gateway.read-timeout, 3 s) under Fault Tolerance's 6 s
 * timeout, a bulkhead of 10 concurrent calls per operation (a hung gateway holds at most 10 request
 * threads per operation; the next caller is told at once that payment is unavailable), and a circuit
 * breaker that stops calling a gateway that keeps failing. Only the idempotent calls (status, cancel)
 * are retried, and not after a timeout; opening a charge is never retried, because a lost answer would
 * otherwise open a second charge. The Fault Tolerance settings are overridable through MicroProfile
 * Config ({@code id.umkm.portal.payment.infrastructure.MidtransGateway/charge/Timeout/value} and so on).
 */
@ApplicationScoped
public class MidtransGateway implements PaymentGateway {

    private static final Set<String> CHARGE_OK = Set.of("200", "201");

    @Inject
    @ConfigProperty(name = "umkm.payment.gateway.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "umkm.payment.gateway.server-key")
    Optional<String> serverKey;

    /** The QRIS acquirer Midtrans is asked to use ("gopay" or "airpay shopee"). */
    @Inject
    @ConfigProperty(name = "umkm.payment.gateway.acquirer", defaultValue = "gopay")
    String acquirer;

    @Inject
    @ConfigProperty(name = "umkm.payment.gateway.connect-timeout", defaultValue = "PT1S")
    Duration connectTimeout;

    @Inject
    @ConfigProperty(name = "umkm.payment.gateway.read-timeout", defaultValue = "PT3S")
    Duration readTimeout;

    private volatile MidtransApi api;

    @Override
    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Bulkhead(10)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 20_000, successThreshold = 2,
            skipOn = GatewayRefusedException.class)
    public GatewayCharge charge(String orderId, Money amount, Instant orderTime, Instant payBy, String notificationUrl) {
        long minutes = Math.max(1, (Duration.between(orderTime, payBy).toSeconds() + 59) / 60);
        JsonObject body = Json.createObjectBuilder()
                .add("payment_type", "qris")
                .add("transaction_details", Json.createObjectBuilder().add("order_id", orderId).add("gross_amount", amount.rupiah()))
                .add("custom_expiry", Json.createObjectBuilder().add("order_time", MidtransTime.withOffset(orderTime))
                        .add("expiry_duration", minutes).add("unit", "minute"))
                .add("qris", Json.createObjectBuilder().add("acquirer", acquirer))
                .build();
        return call("charge " + orderId, api -> api.charge(authorization(), notificationUrl, body), json -> {
            String qr = text(json, "qr_string");
            if (!CHARGE_OK.contains(text(json, "status_code")) || qr == null) {
                throw new GatewayRefusedException("The gateway did not open the charge " + orderId + ": "
                        + text(json, "status_code") + " " + text(json, "status_message"));
            }
            Instant expiresAt = MidtransTime.parseLocal(text(json, "expiry_time")).orElse(payBy);
            return new GatewayCharge(text(json, "transaction_id"), qr, expiresAt, text(json, "transaction_status"));
        });
    }

    @Override
    @Retry(maxRetries = 2, delay = 300, jitter = 100,
            abortOn = {GatewayRefusedException.class, GatewayTimedOutException.class, TimeoutException.class})
    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Bulkhead(10)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 20_000, successThreshold = 2,
            skipOn = GatewayRefusedException.class)
    public Optional<GatewayStatus> status(String orderId) {
        return call("status of " + orderId, api -> api.status(authorization(), orderId), json -> {
            String code = text(json, "status_code");
            if ("404".equals(code)) {
                return Optional.empty();
            }
            if (text(json, "transaction_status") == null) {
                throw new GatewayRefusedException("The gateway gave no status for " + orderId + ": " + code + " "
                        + text(json, "status_message"));
            }
            return Optional.of(new GatewayStatus(text(json, "order_id") != null ? text(json, "order_id") : orderId,
                    text(json, "transaction_id"), text(json, "transaction_status"), text(json, "fraud_status"),
                    rupiah(text(json, "gross_amount")), MidtransTime.parseLocal(text(json, "settlement_time")).orElse(null)));
        });
    }

    @Override
    @Retry(maxRetries = 2, delay = 300, jitter = 100,
            abortOn = {GatewayRefusedException.class, GatewayTimedOutException.class, TimeoutException.class})
    @Timeout(value = 6, unit = ChronoUnit.SECONDS)
    @Bulkhead(10)
    @CircuitBreaker(requestVolumeThreshold = 8, failureRatio = 0.75, delay = 20_000, successThreshold = 2,
            skipOn = GatewayRefusedException.class)
    public boolean cancel(String orderId) {
        return call("cancel " + orderId, api -> api.cancel(authorization(), orderId), json -> {
            String code = text(json, "status_code");
            // 404: unknown there; 412: final there (paid, expired), so it cannot be cancelled any more.
            if ("404".equals(code) || "412".equals(code)) {
                return false;
            }
            if ("200".equals(code) && "cancel".equals(text(json, "transaction_status"))) {
                return true;
            }
            throw new GatewayRefusedException("The gateway did not cancel " + orderId + ": " + code + " "
                    + text(json, "status_message"));
        });
    }

    /**
     * Makes one HTTP call and reads the JSON answer. Midtrans puts its own status_code in the body
     * (sometimes under HTTP 200), so the body decides; server errors and unreadable answers count as
     * the gateway being unavailable, other client errors as a refusal.
     */
    private <T> T call(String what, Function<MidtransApi, Response> request, Function<JsonObject, T> read) {
        Response response;
        try {
            response = request.apply(api());
        } catch (ProcessingException e) {
            if (ExternalCalls.timedOut(e)) {
                throw new GatewayTimedOutException("The gateway did not answer in time (" + what + "): " + e.getMessage(), e);
            }
            throw new PaymentUnavailableException("The gateway did not answer (" + what + "): " + e.getMessage(), e);
        }
        try (response) {
            int http = response.getStatus();
            if (http >= 500) {
                throw new PaymentUnavailableException("The gateway failed (" + what + "): HTTP " + http, null);
            }
            JsonObject json;
            try {
                json = Json.createReader(new java.io.StringReader(response.readEntity(String.class))).readObject();
            } catch (JsonException | ProcessingException | IllegalStateException e) {
                if (http != 404) {
                    throw new PaymentUnavailableException("The gateway gave an unreadable answer (" + what + "), HTTP " + http, e);
                }
                // A bare 404 is an answer, not an outage: nothing is known there under that path.
                json = Json.createObjectBuilder().add("status_code", "404").add("status_message", "Not found").build();
            }
            if (http == 401 || http == 403 || "401".equals(text(json, "status_code"))) {
                throw new GatewayRefusedException("The gateway refused the server key (" + what + ")");
            }
            String code = text(json, "status_code");
            if (code != null && code.startsWith("5")) {
                throw new PaymentUnavailableException("The gateway failed (" + what + "): " + code + " " + text(json, "status_message"), null);
            }
            return read.apply(json);
        }
    }

    private MidtransApi api() {
        MidtransApi client = api;
        if (client == null) {
            String base = url.orElseThrow(() -> new GatewayRefusedException("umkm.payment.gateway.url is not set"));
            client = RestClientBuilder.newBuilder().baseUri(URI.create(base.replaceAll("/+$", "")))
                    .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                    .property("microprofile.rest.client.disable.default.mapper", true)
                    .build(MidtransApi.class);
            api = client;
        }
        return client;
    }

    private String authorization() {
        String key = serverKey.orElseThrow(() -> new GatewayRefusedException("umkm.payment.gateway.server-key is not set"));
        return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
    }

    /** Midtrans writes amounts as "150000.00". */
    private static Money rupiah(String amount) {
        if (amount == null) {
            throw new GatewayRefusedException("The gateway gave no gross_amount");
        }
        try {
            return Money.rupiah(new BigDecimal(amount).longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new GatewayRefusedException("The gateway gave a gross_amount that is not whole rupiah: " + amount);
        }
    }

    static String text(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
