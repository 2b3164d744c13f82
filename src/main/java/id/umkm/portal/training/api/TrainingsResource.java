package id.umkm.portal.training.api;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.api.Problem;
import id.umkm.portal.training.application.EnrollmentView;
import id.umkm.portal.training.application.Enrollments;
import id.umkm.portal.training.application.TrainingProgrammes;
import id.umkm.portal.training.domain.ProgrammeStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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

    private static Response notFound(String detail) {
        return Problem.of(Response.Status.NOT_FOUND, detail).toResponse();
    }
}
