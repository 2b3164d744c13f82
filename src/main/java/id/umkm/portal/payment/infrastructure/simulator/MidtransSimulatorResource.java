package id.umkm.portal.payment.infrastructure.simulator;

import id.umkm.portal.payment.infrastructure.MidtransTime;
import id.umkm.portal.shared.document.QrCodes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A Midtrans Core API look-alike for QRIS (charge, status, cancel, the QR image), served by the
 * portal itself for the demo and tests. Answers nothing (404) unless umkm.payment.simulator.enabled
 * is true, and only under its own root /simulator/midtrans.
 */
@Path("/v2")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MidtransSimulatorResource {

    /** How long a charge stays payable when the request names no expiry (Midtrans' QRIS default). */
    private static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(15);

    @Inject
    @ConfigProperty(name = "umkm.payment.simulator.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "umkm.payment.gateway.server-key")
    Optional<String> serverKey;

    @Inject
    private SimulatedGateway gateway;

    @Inject
    private Clock clock;

    @Context
    private UriInfo uri;

    @POST
    @Path("/charge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response charge(@HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Override-Notification") String notificationUrl, String body) {
        refuseUnlessServing();
        if (!authorized(authorization)) {
            return answer(401, SimulatorJson.error("401", "Unknown Merchant server_key/id"));
        }
        JsonObject request;
        try {
            request = Json.createReader(new StringReader(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            return answer(400, SimulatorJson.error("400", "The request body is not JSON"));
        }
        JsonObject details = request.getJsonObject("transaction_details");
        if (!"qris".equals(request.getString("payment_type", null)) || details == null
                || details.getString("order_id", "").isBlank()
                || !(details.get("gross_amount") instanceof JsonNumber amount) || !amount.isIntegral()
                || amount.longValue() <= 0) {
            return answer(400, SimulatorJson.error("400", "payment_type qris, transaction_details.order_id and a"
                    + " positive whole gross_amount are required"));
        }
        String orderId = details.getString("order_id");
        Instant expiresAt = expiry(request.getJsonObject("custom_expiry"));
        Optional<SimulatedCharge> opened = gateway.open(orderId, amount.longValue(), expiresAt, notificationUrl);
        if (opened.isEmpty()) {
            return answer(406, SimulatorJson.error("406", "The request could not be completed due to a conflict with"
                    + " the current state of the target resource, order_id has already been utilized"));
        }
        SimulatedCharge charge = opened.get();
        String qrImage = uri.getBaseUriBuilder().path("v2/qris/{id}/qr-code").build(charge.getTransactionId()).toString();
        return answer(201, Json.createObjectBuilder()
                .add("status_code", "201")
                .add("status_message", "QRIS transaction is created")
                .add("transaction_id", charge.getTransactionId())
                .add("order_id", orderId)
                .add("merchant_id", "G000012345")
                .add("gross_amount", SimulatorJson.amount(charge))
                .add("currency", "IDR")
                .add("payment_type", "qris")
                .add("transaction_time", MidtransTime.local(charge.getCreatedAt()))
                .add("transaction_status", "pending")
                .add("fraud_status", "accept")
                .add("acquirer", "gopay")
                .add("qr_string", charge.getQrString())
                .add("expiry_time", MidtransTime.local(charge.getExpiresAt()))
                .add("actions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "generate-qr-code").add("method", "GET").add("url", qrImage)))
                .build());
    }

    @GET
    @Path("/{orderId}/status")
    public Response status(@HeaderParam("Authorization") String authorization, @PathParam("orderId") String orderId) {
        refuseUnlessServing();
        if (!authorized(authorization)) {
            return answer(401, SimulatorJson.error("401", "Unknown Merchant server_key/id"));
        }
        return gateway.find(orderId)
                .map(charge -> answer(200, SimulatorJson.transaction(charge, "status", serverKey.orElse(""))))
                .orElseGet(() -> answer(404, SimulatorJson.error("404", "Transaction doesn't exist.")));
    }

    @POST
    @Path("/{orderId}/cancel")
    public Response cancel(@HeaderParam("Authorization") String authorization, @PathParam("orderId") String orderId) {
        refuseUnlessServing();
        if (!authorized(authorization)) {
            return answer(401, SimulatorJson.error("401", "Unknown Merchant server_key/id"));
        }
        if (gateway.find(orderId).isEmpty()) {
            return answer(404, SimulatorJson.error("404", "Transaction doesn't exist."));
        }
        if (!gateway.cancel(orderId)) {
            return answer(412, SimulatorJson.error("412", "Merchant cannot modify the status of the transaction"));
        }
        SimulatedCharge cancelled = gateway.find(orderId).orElseThrow();
        JsonObject json = SimulatorJson.transaction(cancelled, "status", serverKey.orElse(""));
        return answer(200, Json.createObjectBuilder(json).add("status_code", "200")
                .add("status_message", "Success, transaction is canceled").build());
    }

    /** The QR image the charge's "generate-qr-code" action points at. */
    @GET
    @Path("/qris/{transactionId}/qr-code")
    @Produces("image/png")
    public Response qrCode(@PathParam("transactionId") String transactionId) {
        refuseUnlessServing();
        return gateway.byTransaction(transactionId)
                .map(charge -> Response.ok(QrCodes.png(charge.getQrString(), 300), "image/png").build())
                .orElseThrow(NotFoundException::new);
    }

    /**
     * Off unless enabled. The portal's main REST application also finds this class when it scans the
     * WAR; there it must not answer, so it serves only under the simulator's own root.
     */
    private void refuseUnlessServing() {
        if (!enabled || !uri.getBaseUri().getPath().replaceAll("/+$", "").endsWith("/simulator/midtrans")) {
            throw new NotFoundException();
        }
    }

    private boolean authorized(String authorization) {
        if (serverKey.isEmpty() || authorization == null) {
            return false;
        }
        String expected = "Basic " + Base64.getEncoder().encodeToString((serverKey.get() + ":").getBytes(StandardCharsets.UTF_8));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), authorization.trim().getBytes(StandardCharsets.UTF_8));
    }

    private Instant expiry(JsonObject customExpiry) {
        Instant now = clock.instant();
        if (customExpiry == null) {
            return now.plus(DEFAULT_EXPIRY);
        }
        Instant orderTime = MidtransTime.parseWithOffset(customExpiry.getString("order_time", null)).orElse(now);
        JsonValue duration = customExpiry.get("expiry_duration");
        long count = duration instanceof JsonNumber n ? n.longValue() : DEFAULT_EXPIRY.toMinutes();
        Duration unit = switch (customExpiry.getString("unit", "minute")) {
            case "second" -> Duration.ofSeconds(1);
            case "hour" -> Duration.ofHours(1);
            case "day" -> Duration.ofDays(1);
            default -> Duration.ofMinutes(1);
        };
        return orderTime.plus(unit.multipliedBy(count));
    }

    private static Response answer(int status, JsonObject json) {
        return Response.status(status).entity(json.toString()).type(MediaType.APPLICATION_JSON).build();
    }
}
