package id.umkm.portal.payment.api;

import id.umkm.portal.payment.application.PaymentNotifications;
import id.umkm.portal.payment.application.PaymentRecords.Outcome;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The gateway's webhook: public, trusted only through the notification's signature. A 2xx answer tells
 * the gateway to stop repeating the notification; 503 (status could not be confirmed) and 404 (charge
 * not known yet) ask it to try again later.
 */
@Path("/payments/notifications")
@RequestScoped
public class PaymentNotificationsResource {

    @Inject
    private PaymentNotifications notifications;

    @Context
    private HttpServletRequest request;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(String body) {
        Outcome outcome = notifications.receive(body == null ? "" : body, request.getRemoteAddr());
        Response.Status status = switch (outcome) {
            case PAID, CLOSED, PENDING, UNCHANGED, AMOUNT_MISMATCH -> Response.Status.OK;
            case UNKNOWN_REFERENCE -> Response.Status.NOT_FOUND;
            case REJECTED -> Response.Status.FORBIDDEN;
            case MALFORMED -> Response.Status.BAD_REQUEST;
            case UNCONFIRMED -> Response.Status.SERVICE_UNAVAILABLE;
        };
        return Response.status(status).entity(Json.createObjectBuilder().add("outcome", outcome.name()).build()).build();
    }
}
