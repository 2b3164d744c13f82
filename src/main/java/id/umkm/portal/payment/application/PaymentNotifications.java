package id.umkm.portal.payment.application;

import id.umkm.portal.payment.application.PaymentGateway.GatewayStatus;
import id.umkm.portal.payment.application.PaymentRecords.Outcome;
import id.umkm.portal.payment.domain.GatewayNotification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Handles the gateway's payment notifications as Midtrans advises: trust nothing unsigned, then ask
 * the gateway for the charge's status and act on that answer rather than on the notification, so a
 * stale or repeated notification cannot move a payment backwards or twice.
 */
@ApplicationScoped
public class PaymentNotifications {

    private static final Logger LOG = Logger.getLogger(PaymentNotifications.class.getName());

    @Inject
    private PaymentGateway gateway;

    @Inject
    private PaymentRecords records;

    @Inject
    @ConfigProperty(name = "umkm.payment.gateway.server-key")
    private Optional<String> serverKey;

    public Outcome receive(String body, String remoteIp) {
        GatewayNotification notification;
        try {
            notification = parse(body);
        } catch (JsonException | ClassCastException | IllegalStateException malformed) {
            LOG.warning(() -> "Unreadable payment notification from " + remoteIp);
            records.logUnapplied(new GatewayNotification(null, null, null, null, null, null, null), false,
                    Outcome.MALFORMED, remoteIp, body);
            return Outcome.MALFORMED;
        }
        if (serverKey.isEmpty() || !notification.isSignedWith(serverKey.get())) {
            LOG.warning(() -> "Rejected a payment notification with a bad signature for " + notification.orderId()
                    + " from " + remoteIp);
            records.logUnapplied(notification, false, Outcome.REJECTED, remoteIp, body);
            return Outcome.REJECTED;
        }
        Optional<GatewayStatus> confirmed;
        try {
            confirmed = gateway.status(notification.orderId());
        } catch (PaymentUnavailableException | FaultToleranceException e) {
            LOG.warning(() -> "Could not confirm the notification for " + notification.orderId() + ": " + e);
            records.logUnapplied(notification, true, Outcome.UNCONFIRMED, remoteIp, body);
            return Outcome.UNCONFIRMED;
        }
        if (confirmed.isEmpty()) {
            records.logUnapplied(notification, true, Outcome.UNKNOWN_REFERENCE, remoteIp, body);
            return Outcome.UNKNOWN_REFERENCE;
        }
        try {
            return records.apply(confirmed.get(), notification, remoteIp, body);
        } catch (IllegalArgumentException unknownStatus) {
            records.logUnapplied(notification, true, Outcome.MALFORMED, remoteIp, body);
            return Outcome.MALFORMED;
        }
    }

    private static GatewayNotification parse(String body) {
        JsonObject json = Json.createReader(new StringReader(body)).readObject();
        return new GatewayNotification(text(json, "order_id"), text(json, "status_code"), text(json, "gross_amount"),
                text(json, "signature_key"), text(json, "transaction_status"), text(json, "fraud_status"),
                text(json, "transaction_id"));
    }

    private static String text(JsonObject json, String key) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }
}
