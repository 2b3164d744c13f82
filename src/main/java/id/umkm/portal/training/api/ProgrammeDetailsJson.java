package id.umkm.portal.training.api;

import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.training.domain.Programme;
import id.umkm.portal.training.domain.ProgrammeDetails;
import id.umkm.portal.training.domain.SeatPlan;
import id.umkm.portal.training.domain.TrainingSession;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A programme's revisable details, as staff read them and send them back changed (with the version read). */
public record ProgrammeDetailsJson(@NotBlank(message = "{training.title.required}") String title,
        @NotBlank(message = "{training.topic.required}") String topic, String partner, String description,
        String venue, String onlineLink, @Positive(message = "{training.capacity.positive}") int capacity,
        @PositiveOrZero(message = "{training.budget.invalid}") long budgetPerParticipantRupiah,
        @PositiveOrZero(message = "{training.budget.invalid}") long totalBudgetRupiah, Map<Short, Integer> reservedSeats,
        @NotNull(message = "{training.window.required}") Instant registrationOpensAt,
        @NotNull(message = "{training.window.required}") Instant registrationClosesAt, List<String> eligibleScales,
        List<Short> eligibleKecamatanIds, List<Short> eligibleCategoryIds, List<ProgrammeDetails.Session> sessions,
        @NotNull(message = "{training.revise.versionRequired}") Integer version) {

    static ProgrammeDetailsJson of(Programme p, List<TrainingSession> sessions) {
        return new ProgrammeDetailsJson(p.getTitle(), p.getTopic(), p.getPartner(), p.getDescription(), p.getVenue(),
                p.getOnlineLink(), p.getCapacity(), p.getBudgetPerParticipant().rupiah(), p.getTotalBudget().rupiah(),
                p.getReservedSeats(), p.getOpensAt(), p.getClosesAt(), p.getEligibleScales(), p.getEligibleKecamatanIds(),
                p.getEligibleCategoryIds(), sessions.stream().map(s -> new ProgrammeDetails.Session(s.getId(), s.getTitle(),
                        s.getStartsAt(), s.getEndsAt(), s.getVenue(), s.getOnlineLink())).toList(), p.getVersion());
    }

    ProgrammeDetails details() {
        return new ProgrammeDetails(title, topic, partner, description, venue, onlineLink,
                new SeatPlan(capacity, Money.rupiah(budgetPerParticipantRupiah), Money.rupiah(totalBudgetRupiah),
                        reservedSeats == null ? Map.of() : reservedSeats),
                registrationOpensAt, registrationClosesAt, eligibleScales, eligibleKecamatanIds, eligibleCategoryIds,
                sessions, version);
    }
}
