package id.umkm.portal.payment.api;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.payment.application.Payouts;
import id.umkm.portal.payment.application.TransferFile;
import id.umkm.portal.shared.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Payout batches for DKUMKMP staff: run one, read it, download its transfer file, confirm the transfer. */
@Path("/staff/payouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("DKUMKMP_STAFF")
public class StaffPayoutsResource {

    @Inject
    private Payouts payouts;

    @Inject
    private CurrentUser currentUser;

    @GET
    public List<Payouts.Batch> recent() {
        return payouts.recentBatches();
    }

    /** 201 with the batch; 409 Problem when no seller is owed the minimum. */
    @POST
    public Response run() {
        Payouts.Batch batch = payouts.run(currentUser.require().getId());
        return Response.created(URI.create("/api/v1/staff/payouts/" + batch.id())).entity(batch).build();
    }

    @GET
    @Path("/{id}")
    public Response batch(@PathParam("id") long id) {
        return payouts.batch(id).map(b -> Response.ok(new BatchJson(b, payouts.lines(id))).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "No such payout batch").toResponse());
    }

    @GET
    @Path("/{id}/transfer-file")
    @Produces("text/csv")
    public Response transferFile(@PathParam("id") long id) {
        if (payouts.batch(id).isEmpty()) {
            return Problem.of(Response.Status.NOT_FOUND, "No such payout batch").toResponse();
        }
        return Response.ok(TransferFile.csv(payouts.lines(id)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"pencairan-" + id + ".csv\"").build();
    }

    /** The bank made the transfers: the batch is marked paid (409 when it already was). */
    @POST
    @Path("/{id}/confirmation")
    public Payouts.Batch confirm(@PathParam("id") long id) {
        return payouts.confirmTransferred(id, currentUser.require().getId());
    }

    public record BatchJson(Payouts.Batch batch, List<Payouts.Line> lines) {
    }
}
