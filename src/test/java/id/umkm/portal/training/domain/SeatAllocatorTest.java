package id.umkm.portal.training.domain;

import static id.umkm.portal.training.domain.Allocation.Outcome.CONFIRMED;
import static id.umkm.portal.training.domain.Allocation.Outcome.CONFIRMED_RESERVED;
import static id.umkm.portal.training.domain.Allocation.Outcome.WAITLISTED;
import static id.umkm.portal.training.domain.PriorityCriterion.MICRO_SCALE;
import static id.umkm.portal.training.domain.PriorityCriterion.NEVER_TRAINED;
import static id.umkm.portal.training.domain.PriorityCriterion.NOT_SELLING_ONLINE;
import static id.umkm.portal.training.domain.PriorityCriterion.WOMEN_LED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class SeatAllocatorTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final short TIMUR = 5;
    private static final short KOTA = 2;

    @Test
    void scoreIsTheSumOfPublishedWeightsWithAReasonForEachPoint() {
        PriorityScore score = PriorityScore.of(applicant(1, KOTA, 0, NEVER_TRAINED, WOMEN_LED), PriorityWeights.standard());
        assertThat(score.total()).isEqualTo(45);
        assertThat(score.reasons()).containsExactly(new PriorityScore.Reason(NEVER_TRAINED, 30),
                new PriorityScore.Reason(WOMEN_LED, 15));
    }

    @Test
    void higherScoresGetTheSeatsAndTheRestWaitInRankOrder() {
        List<Allocation> result = SeatAllocator.allocate(2, Map.of(), PriorityWeights.standard(), List.of(
                applicant(1, KOTA, 0, WOMEN_LED),
                applicant(2, KOTA, 1, NEVER_TRAINED, MICRO_SCALE),
                applicant(3, KOTA, 2),
                applicant(4, KOTA, 3, NEVER_TRAINED)));

        assertThat(result).extracting(a -> a.applicant().enrollmentId()).containsExactly(2L, 4L, 1L, 3L);
        assertThat(result).extracting(Allocation::rank).containsExactly(1, 2, 3, 4);
        assertThat(result).extracting(Allocation::outcome).containsExactly(CONFIRMED, CONFIRMED, WAITLISTED, WAITLISTED);
    }

    @Test
    void tiesGoToTheEarlierApplicationThenTheLowerNumber() {
        List<Allocation> result = SeatAllocator.allocate(1, Map.of(), PriorityWeights.standard(), List.of(
                applicant(9, KOTA, 5, MICRO_SCALE),
                applicant(8, KOTA, 5, MICRO_SCALE),
                applicant(7, KOTA, 6, MICRO_SCALE)));
        assertThat(result).extracting(a -> a.applicant().enrollmentId()).containsExactly(8L, 9L, 7L);
        assertThat(result.get(0).outcome()).isEqualTo(CONFIRMED);
    }

    @Test
    void reservedSeatsGoToTheKecamatansBestEvenAboveHigherScoresElsewhere() {
        List<Allocation> result = SeatAllocator.allocate(2, Map.of(TIMUR, 1), PriorityWeights.standard(), List.of(
                applicant(1, KOTA, 0, NEVER_TRAINED, MICRO_SCALE, NOT_SELLING_ONLINE),
                applicant(2, KOTA, 1, NEVER_TRAINED, MICRO_SCALE),
                applicant(3, TIMUR, 2, WOMEN_LED),
                applicant(4, TIMUR, 3)));

        assertThat(outcomeOf(result, 1)).isEqualTo(CONFIRMED);
        assertThat(outcomeOf(result, 3)).isEqualTo(CONFIRMED_RESERVED);
        assertThat(outcomeOf(result, 2)).isEqualTo(WAITLISTED);
        assertThat(outcomeOf(result, 4)).isEqualTo(WAITLISTED);
    }

    @Test
    void unclaimedReservedSeatsReturnToEveryone() {
        List<Allocation> result = SeatAllocator.allocate(2, Map.of(TIMUR, 2), PriorityWeights.standard(), List.of(
                applicant(1, KOTA, 0), applicant(2, KOTA, 1), applicant(3, TIMUR, 2)));
        assertThat(outcomeOf(result, 3)).isEqualTo(CONFIRMED_RESERVED);
        assertThat(outcomeOf(result, 1)).isEqualTo(CONFIRMED);
        assertThat(outcomeOf(result, 2)).isEqualTo(WAITLISTED);
    }

    @Test
    void refusesQuotasBeyondTheCapacityAndWeightsOutOfRange() {
        assertThatThrownBy(() -> SeatAllocator.allocate(3, Map.of(TIMUR, 2, KOTA, 2), PriorityWeights.standard(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriorityWeights(Map.of(WOMEN_LED, 101))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriorityWeights(Map.of(WOMEN_LED, -1))).isInstanceOf(IllegalArgumentException.class);
    }

    /** Whatever the applications, the rules hold, and the input's order changes nothing. */
    @RepeatedTest(50)
    void invariantsHoldForRandomApplications() {
        Random random = new Random();
        int capacity = random.nextInt(30);
        int reservedTimur = Math.min(capacity, random.nextInt(5));
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < random.nextInt(60); i++) {
            Set<PriorityCriterion> facts = EnumSet.noneOf(PriorityCriterion.class);
            for (PriorityCriterion c : PriorityCriterion.values()) {
                if (random.nextBoolean()) {
                    facts.add(c);
                }
            }
            applicants.add(new Applicant(i + 1, (short) (1 + random.nextInt(6)), facts, T0.plusSeconds(random.nextInt(10))));
        }
        List<Allocation> result = SeatAllocator.allocate(capacity, Map.of(TIMUR, reservedTimur), PriorityWeights.standard(), applicants);

        long seats = result.stream().filter(Allocation::hasSeat).count();
        assertThat(seats).isEqualTo(Math.min(capacity, applicants.size()));
        long timurApplicants = applicants.stream().filter(a -> a.kecamatanId() == TIMUR).count();
        assertThat(result.stream().filter(a -> a.applicant().kecamatanId() == TIMUR && a.hasSeat()).count())
                .isGreaterThanOrEqualTo(Math.min(reservedTimur, timurApplicants));
        assertThat(result.stream().filter(a -> a.outcome() == CONFIRMED_RESERVED).count()).isLessThanOrEqualTo(reservedTimur);
        // Among the open (not reserved) outcomes, nobody waiting outranks anybody confirmed.
        int worstConfirmed = result.stream().filter(a -> a.outcome() == CONFIRMED).mapToInt(Allocation::rank).max().orElse(0);
        int bestWaiting = result.stream().filter(a -> a.outcome() == WAITLISTED).mapToInt(Allocation::rank).min().orElse(Integer.MAX_VALUE);
        assertThat(worstConfirmed).isLessThan(bestWaiting);

        List<Applicant> shuffled = new ArrayList<>(applicants);
        Collections.shuffle(shuffled, random);
        assertThat(SeatAllocator.allocate(capacity, Map.of(TIMUR, reservedTimur), PriorityWeights.standard(), shuffled))
                .isEqualTo(result);
    }

    private static Allocation.Outcome outcomeOf(List<Allocation> result, long enrollmentId) {
        return result.stream().filter(a -> a.applicant().enrollmentId() == enrollmentId).findFirst().orElseThrow().outcome();
    }

    private static Applicant applicant(long id, short kecamatan, int minute, PriorityCriterion... facts) {
        return new Applicant(id, kecamatan, facts.length == 0 ? Set.of() : EnumSet.copyOf(List.of(facts)),
                T0.plusSeconds(60L * minute));
    }

}
