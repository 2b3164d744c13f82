package id.umkm.portal.licensing.api;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.licensing.application.ApplicationDetail;
import id.umkm.portal.licensing.application.ApplicationSummary;
import id.umkm.portal.licensing.application.LicensingDesk;
import id.umkm.portal.licensing.application.PermitDocuments;
import id.umkm.portal.licensing.domain.ApplicationStatus;
import id.umkm.portal.shared.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** The licensing office's queue and decisions. */
@Path("/licensing/office/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("LICENSING_OFFICER")
public class OfficeApplicationsResource {

    @Inject
    private LicensingDesk desk;

    @Inject
    private PermitDocuments permits;

    @Inject
    private CurrentUser currentUser;

    public record RevisionJson(Map<String, String> remarks, String note) {
    }

    public record RejectionJson(String reason) {
    }

    /** ?status=VERIFICATION, or ?overdue=true for the applications past their service level. */
    @GET
    public Response queue(@QueryParam("status") String status, @QueryParam("overdue") boolean overdue) {
        if (overdue) {
            return Response.ok(desk.overdue()).build();
        }
        ApplicationStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = ApplicationStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                return Problem.of(Response.Status.BAD_REQUEST, "Unknown status " + status).toResponse();
            }
        }
        List<ApplicationSummary> list = desk.queue(wanted);
        return Response.ok(list).build();
    }

    @GET
    @Path("/{id}")
    public ApplicationDetail one(@PathParam("id") long id) {
        return desk.detail(id);
    }

    @GET
    @Path("/{id}/documents/{code}")
    @Produces(MediaType.WILDCARD)
    public Response document(@PathParam("id") long id, @PathParam("code") String code) {
        return MyApplicationsResource.file(desk.document(id, code));
    }

    @GET
    @Path("/{id}/permit.pdf")
    @Produces("application/pdf")
    public Response permit(@PathParam("id") long id) {
        return MyApplicationsResource.file(permits.forOffice(id));
    }

    @POST
    @Path("/{id}/verification")
    public ApplicationDetail startVerification(@PathParam("id") long id) {
        Account me = me();
        return desk.startVerification(me.getId(), me.getFullName(), id);
    }

    @POST
    @Path("/{id}/revision")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationDetail requestRevision(@PathParam("id") long id, RevisionJson body) {
        Account me = me();
        return desk.requestRevision(me.getId(), me.getFullName(), id, body == null ? null : body.remarks(),
                body == null ? null : body.note());
    }

    @POST
    @Path("/{id}/approval")
    public ApplicationDetail approve(@PathParam("id") long id) {
        Account me = me();
        return desk.approve(me.getId(), me.getFullName(), id);
    }

    @POST
    @Path("/{id}/issuance")
    public ApplicationDetail issue(@PathParam("id") long id) {
        Account me = me();
        return desk.issue(me.getId(), me.getFullName(), id);
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    public ApplicationDetail reject(@PathParam("id") long id, RejectionJson body) {
        Account me = me();
        return desk.reject(me.getId(), me.getFullName(), id, body == null ? null : body.reason());
    }

    private Account me() {
        return currentUser.require();
    }
}
