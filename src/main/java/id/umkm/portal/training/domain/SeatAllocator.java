package id.umkm.portal.training.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocates the seats of a priority-scale programme once its application window has closed.
 *
 * <p>Everyone is ranked by score, ties going to the earlier application and then to the lower
 * enrollment number, so the same applications always give the same result. Seats reserved for a
 * kecamatan go first to that kecamatan's best-ranked applicants; the remaining seats go to the
 * best-ranked of everyone left. All others wait in rank order.
 */
public final class SeatAllocator {

    private static final Comparator<Ranked> BY_PRIORITY = Comparator
            .comparingInt((Ranked r) -> -r.score().total())
            .thenComparing(r -> r.applicant().appliedAt())
            .thenComparingLong(r -> r.applicant().enrollmentId());

    private SeatAllocator() {
    }

    /**
     * @param reservedSeats seats held for applicants of a kecamatan; together at most the capacity
     * @return one allocation per applicant, best rank first
     */
    public static List<Allocation> allocate(int capacity, Map<Short, Integer> reservedSeats, PriorityWeights weights,
            List<Applicant> applicants) {
        int reservedTotal = reservedSeats.values().stream().mapToInt(Integer::intValue).sum();
        if (capacity < 0 || reservedTotal > capacity || reservedSeats.values().stream().anyMatch(q -> q < 0)) {
            throw new IllegalArgumentException("Reserved seats (" + reservedTotal + ") must fit the capacity (" + capacity + ")");
        }
        List<Ranked> ranked = applicants.stream()
                .map(a -> new Ranked(a, PriorityScore.of(a, weights)))
                .sorted(BY_PRIORITY).toList();

        Map<Long, Allocation.Outcome> outcomes = new HashMap<>();
        Map<Short, Integer> reservedLeft = new HashMap<>(reservedSeats);
        int seatsLeft = capacity;
        for (Ranked r : ranked) {
            int left = reservedLeft.getOrDefault(r.applicant().kecamatanId(), 0);
            if (left > 0) {
                reservedLeft.put(r.applicant().kecamatanId(), left - 1);
                outcomes.put(r.applicant().enrollmentId(), Allocation.Outcome.CONFIRMED_RESERVED);
                seatsLeft--;
            }
        }
        // Reserved seats nobody from their kecamatan claimed return to the open pool.
        for (Ranked r : ranked) {
            if (seatsLeft > 0 && !outcomes.containsKey(r.applicant().enrollmentId())) {
                outcomes.put(r.applicant().enrollmentId(), Allocation.Outcome.CONFIRMED);
                seatsLeft--;
            }
        }
        List<Allocation> result = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Ranked r = ranked.get(i);
            result.add(new Allocation(r.applicant(), i + 1, r.score(),
                    outcomes.getOrDefault(r.applicant().enrollmentId(), Allocation.Outcome.WAITLISTED)));
        }
        return result;
    }

    private record Ranked(Applicant applicant, PriorityScore score) {
    }
}
