package id.umkm.portal.payment.infrastructure.simulator;

import id.umkm.portal.payment.domain.GatewayNotification;
import id.umkm.portal.payment.infrastructure.MidtransTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts a charge's notification to the URL the charge was opened with, signed with the server key exactly
 * as Midtrans signs it, over real HTTP, so the portal's webhook runs as it does in production.
 */
@ApplicationScoped
public class SimulatorNotifier {

    private static final Logger LOG = Logger.getLogger(SimulatorNotifier.class.getName());

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    @ConfigProperty(name = "umkm.payment.gateway.server-key")
    Optional<String> serverKey;

    /** The notification body Midtrans would send for the charge as it stands. */
    public JsonObject notificationOf(SimulatedCharge charge) {
        return SimulatorJson.transaction(charge, "notification", serverKey.orElse(""));
    }

    /** Sends it; answers the webhook's HTTP status, or empty when it could not be delivered. */
    public Optional<Integer> send(SimulatedCharge charge) {
        if (charge.getNotificationUrl() == null || charge.getNotificationUrl().isBlank()) {
            return Optional.empty();
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(charge.getNotificationUrl()))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(notificationOf(charge).toString())).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            LOG.info(() -> "Simulated gateway notified " + charge.getOrderId() + " (" + charge.getStatus() + "): HTTP " + status);
            return Optional.of(status);
        } catch (IOException e) {
            LOG.warning(() -> "Simulated gateway could not notify " + charge.getNotificationUrl() + ": " + e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static String signature(SimulatedCharge charge, String serverKey) {
        return GatewayNotification.sign(charge.getOrderId(), charge.statusCode(), SimulatorJson.amount(charge), serverKey);
    }

    static String time(java.time.Instant instant) {
        return MidtransTime.local(instant);
    }
}
