package id.umkm.portal.training.api;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.api.Problem;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.training.application.Attendance;
import id.umkm.portal.training.application.Certificates;
import id.umkm.portal.training.application.CheckInLinks;
import id.umkm.portal.training.application.Feedback;
import id.umkm.portal.training.application.PriorityAllocation;
import id.umkm.portal.training.application.ProgrammeCancellation;
import id.umkm.portal.training.application.ProgrammeRevisions;
import id.umkm.portal.training.application.StaffOverrides;
import id.umkm.portal.training.application.TrainingReports;
import id.umkm.portal.training.domain.TrainingSession;
import id.umkm.portal.training.infrastructure.RosterExports;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
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
            List<Short> eligibleKecamatanIds, List<Short> eligibleCategoryIds, Map<Short, Integer> reservedSeats,
            Map<PriorityCriterion, Integer> priorityWeights, Integer minAttendancePercent, int hours) {

        ProgrammeTerms terms() {
            return new ProgrammeTerms(title, topic, partner, description, venue, onlineLink, capacity,
                    Money.rupiah(budgetPerParticipantRupiah), Money.rupiah(totalBudgetRupiah), registrationOpensAt,
                    registrationClosesAt, allocationMode, eligibleScales == null ? List.of() : eligibleScales,
                    eligibleKecamatanIds == null ? List.of() : eligibleKecamatanIds,
                    eligibleCategoryIds == null ? List.of() : eligibleCategoryIds,
                    reservedSeats == null ? Map.of() : reservedSeats,
                    priorityWeights == null ? PriorityWeights.standard() : new PriorityWeights(priorityWeights),
                    minAttendancePercent == null ? 80 : minAttendancePercent, hours);
        }
    }

    public record AllocationJson(long enrollmentId, int rank, int score, String outcome) {
    }

    public record SessionForm(String title, Instant startsAt, Instant endsAt, String venue, String onlineLink) {
    }

    public record SessionJson(long id, String title, Instant startsAt, Instant endsAt, String venue, String onlineLink,
            String checkInUrl) {
    }

    public record OverrideForm(StaffOverrides.Action action, Integer place, String reason) {
    }

    public record AttendanceForm(boolean present) {
    }

    public record CompletionJson(int completed) {
    }

    public record ReasonForm(String reason) {
    }

    public record CancellationJson(int applicantsTold) {
    }

    @Inject
    private TrainingProgrammes programmes;

    @Inject
    private PriorityAllocation allocation;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Attendance attendance;

    @Inject
    private StaffOverrides overrides;

    @Inject
    private TrainingReports reports;

    @Inject
    private Feedback feedback;

    @Inject
    private CheckInLinks checkInLinks;

    @Inject
    private ProgrammeCancellation cancellation;

    @Inject
    private Certificates certificates;

    @Inject
    private ProgrammeRevisions revisions;

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

    @POST
    @Path("/{id}/sessions")
    public Response planSession(@PathParam("id") long id, @NotNull SessionForm form) {
        Account staff = currentUser.require();
        TrainingSession session = attendance.plan(id, form.title(), form.startsAt(), form.endsAt(), form.venue(),
                form.onlineLink(), staff.getId(), staff.getEmail());
        return Response.status(Response.Status.CREATED).entity(json(session)).build();
    }

    /** The sessions with their check-in addresses (the content of each session's QR code). */
    @GET
    @Path("/{id}/sessions")
    public List<SessionJson> sessions(@PathParam("id") long id) {
        return attendance.sessions(id).stream().map(this::json).toList();
    }

    /** Marks a participant present (or not) on a session's roster. */
    @PUT
    @Path("/sessions/{sessionId}/attendance/{enrollmentId}")
    public Response tick(@PathParam("sessionId") long sessionId, @PathParam("enrollmentId") long enrollmentId,
            @NotNull AttendanceForm form) {
        Account staff = currentUser.require();
        attendance.tick(sessionId, enrollmentId, form.present(), staff.getId(), staff.getEmail());
        return Response.noContent().build();
    }

    /** Confirms, removes or moves one applicant, with a reason kept in the audit trail. */
    @POST
    @Path("/enrollments/{enrollmentId}/overrides")
    public Response override(@PathParam("enrollmentId") long enrollmentId, @NotNull OverrideForm form) {
        Account staff = currentUser.require();
        overrides.override(enrollmentId, form.action(), form.place(), form.reason(), staff.getId(), staff.getEmail());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/overrides")
    public List<StaffOverrides.OverrideLine> overrides(@PathParam("id") long id) {
        return overrides.history(id);
    }

    /** Ends the programme after its last session: the attendance rule decides who completed it. */
    @POST
    @Path("/{id}/completion")
    public CompletionJson finish(@PathParam("id") long id) {
        Account staff = currentUser.require();
        return new CompletionJson(attendance.finish(id, staff.getId(), staff.getEmail()));
    }

    /** The details as staff may revise them, with the version to send back. */
    @GET
    @Path("/{id}/details")
    public ProgrammeDetailsJson details(@PathParam("id") long id) {
        Programme programme = programmes.find(id).orElseThrow(NotFoundException::new);
        return ProgrammeDetailsJson.of(programme, attendance.sessions(id));
    }

    /**
     * Revises the details (all of them, as GET gives them). 400 for bad input, 409 when the version
     * is not the programme's any more or the seats would not cover those already taken.
     */
    @PUT
    @Path("/{id}/details")
    public ProgrammeJson revise(@PathParam("id") long id, @NotNull @Valid ProgrammeDetailsJson details) {
        Account staff = currentUser.require();
        return ProgrammeJson.of(revisions.revise(id, details.details(), staff.getId(), staff.getEmail()));
    }

    /** Calls the programme off; everyone enrolled is told the reason. */
    @POST
    @Path("/{id}/cancellation")
    public CancellationJson cancel(@PathParam("id") long id, @NotNull ReasonForm form) {
        Account staff = currentUser.require();
        return new CancellationJson(cancellation.cancel(id, form.reason(), staff.getId(), staff.getEmail()));
    }

    @POST
    @Path("/certificates/{code}/revocation")
    public Response revoke(@PathParam("code") String code, @NotNull ReasonForm form) {
        Account staff = currentUser.require();
        if (certificates.byCode(code).isEmpty()) {
            throw new NotFoundException();
        }
        certificates.revoke(code, form.reason(), staff.getId(), staff.getEmail());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/roster")
    public List<TrainingReports.RosterRow> roster(@PathParam("id") long id) {
        return reports.roster(id);
    }

    /** The roster as a file: format csv, xlsx or pdf. */
    @GET
    @Path("/{id}/roster.{format}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf"})
    public Response rosterFile(@PathParam("id") long id, @PathParam("format") String format) {
        Programme programme = programmes.find(id).orElseThrow(NotFoundException::new);
        Locale locale = currentUser.require().getPreferredLocale();
        List<TrainingReports.RosterRow> rows = reports.roster(id);
        String name = "peserta-" + id + "." + format;
        return switch (format) {
            case "csv" -> file(RosterExports.csv(rows, locale), "text/csv; charset=UTF-8", name);
            case "xlsx" -> file(RosterExports.xlsx(rows, programme.getTitle(), locale),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
            case "pdf" -> file(RosterExports.pdf(rows, programme.getTitle(), locale), "application/pdf", name);
            default -> Problem.of(Response.Status.NOT_FOUND, "Formats: csv, xlsx, pdf").toResponse();
        };
    }

    @GET
    @Path("/{id}/feedback")
    public Feedback.Summary feedback(@PathParam("id") long id) {
        return feedback.summary(id);
    }

    @GET
    @Path("/reach")
    public List<TrainingReports.Reach> reach() {
        return reports.reach();
    }

    @GET
    @Path("/unmet-demand")
    public List<TrainingReports.UnmetDemand> unmetDemand() {
        return reports.unmetDemand();
    }

    private SessionJson json(TrainingSession s) {
        return new SessionJson(s.getId(), s.getTitle(), s.getStartsAt(), s.getEndsAt(), s.getVenue(), s.getOnlineLink(),
                checkInLinks.url(s));
    }

    static Response file(byte[] content, String type, String name) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
