package id.umkm.portal.training.api;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.api.Problem;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.training.application.PriorityAllocation;
import id.umkm.portal.training.application.TrainingProgrammes;
import id.umkm.portal.training.domain.Allocation;
import id.umkm.portal.training.domain.AllocationMode;
import id.umkm.portal.training.domain.PriorityCriterion;
import id.umkm.portal.training.domain.PriorityWeights;
import id.umkm.portal.training.domain.Programme;
import id.umkm.portal.training.domain.ProgrammeTerms;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** DKUMKMP staff define, open and allocate programmes. */
@Path("/staff/trainings")
@RequestScoped
@RolesAllowed("DKUMKMP_STAFF")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffTrainingsResource {

    public record ProgrammeForm(@NotBlank(message = "{training.title.required}") String title,
            @NotBlank(message = "{training.topic.required}") String topic, String partner, String description,
            String venue, String onlineLink, @Positive(message = "{training.capacity.positive}") int capacity,
            @PositiveOrZero(message = "{training.budget.invalid}") long budgetPerParticipantRupiah,
            @PositiveOrZero(message = "{training.budget.invalid}") long totalBudgetRupiah,
            @NotNull(message = "{training.window.required}") Instant registrationOpensAt,
            @NotNull(message = "{training.window.required}") Instant registrationClosesAt,
            @NotNull(message = "{training.mode.required}") AllocationMode allocationMode, List<String> eligibleScales,
            List<Short> eligibleKecamatanIds, Map<Short, Integer> reservedSeats,
            Map<PriorityCriterion, Integer> priorityWeights, Integer minAttendancePercent, int hours) {

        ProgrammeTerms terms() {
            return new ProgrammeTerms(title, topic, partner, description, venue, onlineLink, capacity,
                    Money.rupiah(budgetPerParticipantRupiah), Money.rupiah(totalBudgetRupiah), registrationOpensAt,
                    registrationClosesAt, allocationMode, eligibleScales == null ? List.of() : eligibleScales,
                    eligibleKecamatanIds == null ? List.of() : eligibleKecamatanIds,
                    reservedSeats == null ? Map.of() : reservedSeats,
                    priorityWeights == null ? PriorityWeights.standard() : new PriorityWeights(priorityWeights),
                    minAttendancePercent == null ? 80 : minAttendancePercent, hours);
        }
    }

    public record AllocationJson(long enrollmentId, int rank, int score, String outcome) {
    }

    @Inject
    private TrainingProgrammes programmes;

    @Inject
    private PriorityAllocation allocation;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Clock clock;

    @POST
    public Response define(@NotNull @Valid ProgrammeForm form) {
        Account staff = currentUser.require();
        Programme programme = programmes.define(form.terms(), staff.getId(), staff.getEmail());
        return Response.created(URI.create("/api/v1/trainings/" + programme.getId())).entity(ProgrammeJson.of(programme)).build();
    }

    @POST
    @Path("/{id}/opening")
    public ProgrammeJson open(@PathParam("id") long id) {
        Account staff = currentUser.require();
        return ProgrammeJson.of(programmes.open(id, staff.getId(), staff.getEmail()));
    }

    /** Allocates a closed priority programme now instead of waiting for the minute job. */
    @POST
    @Path("/{id}/allocation")
    public Response allocate(@PathParam("id") long id) {
        List<Allocation> result = allocation.allocate(id, clock.instant());
        if (result.isEmpty()) {
            return Problem.of(Response.Status.CONFLICT,
                    "Not a closed, unallocated priority programme").toResponse();
        }
        return Response.ok(result.stream().map(a -> new AllocationJson(a.applicant().enrollmentId(), a.rank(),
                a.score().total(), a.outcome().name())).toList()).build();
    }
}
