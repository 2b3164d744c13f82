package id.umkm.portal.seller.api;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.seller.application.Decision;
import id.umkm.portal.seller.application.SellerVerification;
import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.shared.api.Problem;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The verification queue and decisions for DKUMKMP staff's tools. */
@Path("/staff/sellers")
@RequestScoped
@RolesAllowed("DKUMKMP_STAFF")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffSellersResource {

    public record DecisionForm(String decision, String reason) {
    }

    public record QueueEntry(long id, String businessName, String status, boolean changesPending, String nibCheck,
            boolean nibVerified, boolean kbliMismatch, Instant waitingSince) {
    }

    public record Decided(long id, String status, String reviewNote) {
    }

    @Inject
    private SellerVerification verification;

    @Inject
    private CurrentUser currentUser;

    @GET
    @Path("/queue")
    public List<QueueEntry> queue() {
        return verification.queue().stream().map(s -> new QueueEntry(s.getId(), s.getBusinessName(),
                s.getStatus().name(), s.isChangesPending(), s.getNibCheck() == null ? null : s.getNibCheck().name(),
                s.isNibVerified(), s.isKbliMismatch(), s.isChangesPending() ? s.getChangedAt() : s.getSubmittedAt()))
                .toList();
    }

    @POST
    @Path("{id:[0-9]{1,18}}/decision")
    public Response decide(@PathParam("id") long id, DecisionForm form) {
        if (verification.profile(id).isEmpty()) {
            return Problem.of(Response.Status.NOT_FOUND, "Penjual tidak ditemukan / seller not found").toResponse();
        }
        Decision decision = form == null ? null : Arrays.stream(Decision.values())
                .filter(d -> d.name().equals(form.decision())).findFirst()
                .orElseThrow(() -> new RuleViolation("decision", "seller.decision.required"));
        if (decision == null) {
            throw new RuleViolation("decision", "seller.decision.required");
        }
        Account staff = currentUser.require();
        Seller seller = verification.decide(id, decision, form.reason(), staff.getId(), staff.getEmail());
        return Response.ok(new Decided(seller.getId(), seller.getStatus().name(), seller.getReviewNote())).build();
    }
}
