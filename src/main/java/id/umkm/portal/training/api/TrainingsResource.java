package id.umkm.portal.training.api;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.api.Problem;
import id.umkm.portal.training.application.Attendance;
import id.umkm.portal.training.application.Certificates;
import id.umkm.portal.training.application.EnrollmentView;
import id.umkm.portal.training.application.Feedback;
import id.umkm.portal.training.application.Enrollments;
import id.umkm.portal.training.application.TrainingProgrammes;
import id.umkm.portal.training.domain.ProgrammeStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** Open training programmes, and a seller's own enrollment in one (always the caller's: no seller id in the path). */
@Path("/trainings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TrainingsResource {

    @Inject
    private TrainingProgrammes programmes;

    @Inject
    private Enrollments enrollments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Attendance attendance;

    @Inject
    private Certificates certificates;

    @Inject
    private Feedback feedback;

    @GET
    public List<ProgrammeJson> open() {
        return programmes.openNow().stream().map(ProgrammeJson::of).toList();
    }

    @GET
    @Path("/{id}")
    public Response programme(@PathParam("id") long id) {
        return programmes.find(id).filter(p -> p.getStatus() != ProgrammeStatus.DRAFT)
                .map(p -> Response.ok(ProgrammeJson.of(p)).build())
                .orElseGet(() -> notFound("No such programme"));
    }

    @POST
    @Path("/{id}/enrollments")
    @RolesAllowed("SELLER")
    public Response apply(@PathParam("id") long id) {
        if (programmes.find(id).isEmpty()) {
            return notFound("No such programme");
        }
        EnrollmentView enrollment = enrollments.apply(currentUser.require().getId(), id);
        return Response.created(URI.create("/api/v1/trainings/" + id + "/enrollments")).entity(enrollment).build();
    }

    @GET
    @Path("/{id}/enrollments")
    @RolesAllowed("SELLER")
    public Response mine(@PathParam("id") long id) {
        return enrollments.find(currentUser.require().getId(), id).map(e -> Response.ok(e).build())
                .orElseGet(() -> notFound("You have not applied for this programme"));
    }

    @DELETE
    @Path("/{id}/enrollments")
    @RolesAllowed("SELLER")
    public Response cancel(@PathParam("id") long id) {
        enrollments.cancel(currentUser.require().getId(), id);
        return Response.noContent().build();
    }

    /** Takes the seat offered from the waiting list. */
    @POST
    @Path("/{id}/enrollments/acceptance")
    @RolesAllowed("SELLER")
    public EnrollmentView accept(@PathParam("id") long id) {
        return enrollments.acceptOffer(currentUser.require().getId(), id);
    }

    /** The programme's sessions as participants and visitors see them (no check-in codes). */
    @GET
    @Path("/{id}/sessions")
    public Response sessions(@PathParam("id") long id) {
        if (programmes.find(id).filter(p -> p.getStatus() != ProgrammeStatus.DRAFT).isEmpty()) {
            return notFound("No such programme");
        }
        return Response.ok(attendance.sessions(id).stream().map(s -> new SessionJson(s.getId(), s.getTitle(),
                s.getStartsAt(), s.getEndsAt(), s.getVenue(), s.getOnlineLink())).toList()).build();
    }

    /** A participant checks in to a session with the code from its QR (the check-in page does the same). */
    @POST
    @Path("/sessions/{sessionId}/attendance")
    @RolesAllowed("SELLER")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(@PathParam("sessionId") long sessionId, CheckInForm form) {
        Attendance.CheckIn result = attendance.checkIn(currentUser.require().getId(), sessionId,
                form == null ? null : form.code());
        return Response.status(result == Attendance.CheckIn.RECORDED ? Response.Status.CREATED : Response.Status.OK)
                .entity(new CheckInJson(result.name())).build();
    }

    /** The caller's certificate for a programme they completed, as PDF. */
    @GET
    @Path("/{id}/certificate")
    @RolesAllowed("SELLER")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response certificate(@PathParam("id") long id) {
        Account seller = currentUser.require();
        return certificates.mine(seller.getId(), id)
                .map(c -> StaffTrainingsResource.file(certificates.pdf(c, seller.getPreferredLocale()), "application/pdf",
                        "sertifikat-" + c.getCode() + ".pdf"))
                .orElseGet(() -> notFound("No certificate: the programme is not completed"));
    }

    @POST
    @Path("/{id}/feedback")
    @RolesAllowed("SELLER")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response feedback(@PathParam("id") long id, FeedbackForm form) {
        feedback.submit(currentUser.require().getId(), id, form == null ? null : form.rating(),
                form == null ? null : form.comment());
        return Response.status(Response.Status.CREATED).build();
    }

    public record SessionJson(long id, String title, Instant startsAt, Instant endsAt, String venue, String onlineLink) {
    }

    public record CheckInForm(String code) {
    }

    public record CheckInJson(String result) {
    }

    public record FeedbackForm(Integer rating, String comment) {
    }

    private static Response notFound(String detail) {
        return Problem.of(Response.Status.NOT_FOUND, detail).toResponse();
    }
}
