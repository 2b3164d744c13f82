package id.umkm.portal.order.api;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.order.application.OrderMoves;
import id.umkm.portal.order.application.OrderPayments;
import id.umkm.portal.order.application.OrderQueries;
import id.umkm.portal.order.application.PlacedCheckout;
import id.umkm.portal.order.domain.OrderNotFoundException;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * Orders over the API. Buyers place checkouts (with an Idempotency-Key: a repeated request gets the
 * first one's result, 200 instead of 201), read them and confirm receipt; sellers move their own
 * orders on. Another person's order answers 404, an illegal move 409.
 */
@Path("/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {

    private static final int MAX_KEY = 64;

    @Inject
    private OrderPayments payments;

    @Inject
    private OrderQueries queries;

    @Inject
    private OrderMoves moves;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private SellerDirectory sellers;

    @POST
    @RolesAllowed("BUYER")
    public Response place(@HeaderParam("Idempotency-Key") String key, OrderRequestJson body) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new RuleViolation("Idempotency-Key", "order.api.idempotencyKey", MAX_KEY);
        }
        if (body == null) {
            throw new RuleViolation(null, "order.api.bodyIncomplete");
        }
        PlacedCheckout placed = payments.place(accountId(), key.strip(), body.toRequest());
        CheckoutJson json = CheckoutJson.of(placed);
        return placed.created()
                ? Response.created(URI.create("/api/v1/orders/checkouts/" + json.checkoutId())).entity(json).build()
                : Response.ok(json).header("Idempotent-Replayed", "true").build();
    }

    /** The buyer's checkout with its charge; opens the charge if the gateway was out of reach before. */
    @GET
    @Path("/checkouts/{id}")
    @RolesAllowed("BUYER")
    public CheckoutJson checkout(@PathParam("id") long checkoutId) {
        var checkout = queries.checkoutOf(accountId(), checkoutId).orElseThrow(() -> new OrderNotFoundException(checkoutId));
        return CheckoutJson.of(new PlacedCheckout(checkout, payments.charge(checkout), false));
    }

    @GET
    @RolesAllowed("BUYER")
    public List<OrderJson> mine() {
        return queries.buyerOrders(accountId()).stream().map(OrderJson::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"BUYER", "SELLER"})
    public OrderJson order(@PathParam("id") long id) {
        return OrderJson.of(queries.visibleTo(accountId(), id));
    }

    @POST
    @Path("/{id}/process")
    @RolesAllowed("SELLER")
    public OrderJson process(@PathParam("id") long id) {
        return OrderJson.of(moves.startProcessing(accountId(), id));
    }

    @POST
    @Path("/{id}/ship")
    @RolesAllowed("SELLER")
    public OrderJson ship(@PathParam("id") long id, JsonObject body) {
        return OrderJson.of(moves.ship(accountId(), id, text(body, "note")));
    }

    /** The seller cancels with a reason; the order's buyer calls off the whole unpaid checkout. */
    @POST
    @Path("/{id}/cancel")
    @RolesAllowed({"BUYER", "SELLER"})
    public OrderJson cancel(@PathParam("id") long id, JsonObject body) {
        long account = accountId();
        var order = queries.visibleTo(account, id);
        boolean sellsIt = sellers.forAccount(account).map(s -> s.id() == order.sellerId()).orElse(false);
        if (!sellsIt) {
            payments.cancel(account, order.checkoutId());
            return OrderJson.of(queries.visibleTo(account, id));
        }
        return OrderJson.of(moves.cancelBySeller(account, id, text(body, "reason")));
    }

    @POST
    @Path("/{id}/receipt")
    @RolesAllowed("BUYER")
    public OrderJson confirmReceipt(@PathParam("id") long id) {
        return OrderJson.of(moves.confirmReceipt(accountId(), id));
    }

    private long accountId() {
        return currentUser.require().getId();
    }

    private static String text(JsonObject body, String name) {
        return body == null || !body.containsKey(name) || body.isNull(name) ? null : body.getString(name, null);
    }
}
