package id.umkm.portal.training.domain;

import id.umkm.portal.shared.domain.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What staff fill in to define a programme. */
public record ProgrammeTerms(String title, String topic, String partner, String description, String venue,
        String onlineLink, int capacity, Money budgetPerParticipant, Money totalBudget, Instant opensAt,
        Instant closesAt, AllocationMode mode, List<String> eligibleScales, List<Short> eligibleKecamatanIds,
        List<Short> eligibleCategoryIds, Map<Short, Integer> reservedSeats, PriorityWeights weights, int minAttendancePercent, int hours) {

    public ProgrammeTerms {
        eligibleScales = List.copyOf(eligibleScales);
        eligibleKecamatanIds = List.copyOf(eligibleKecamatanIds);
        eligibleCategoryIds = List.copyOf(eligibleCategoryIds);
        reservedSeats = Map.copyOf(reservedSeats);
    }
}
