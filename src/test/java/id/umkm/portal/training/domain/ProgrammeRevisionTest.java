package id.umkm.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgrammeRevisionTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");
    private static final short TIMUR = 5;

    private static Programme programme() {
        return Programme.define(new ProgrammeTerms("Kemasan", "PACKAGING", "Dekranasda", null, "Aula", null, 10,
                Money.rupiah(100_000), Money.rupiah(1_000_000), NOW.minusSeconds(60), NOW.plusSeconds(3600),
                AllocationMode.FIRST_COME, List.of(), List.of(), List.of(), Map.of(), PriorityWeights.standard(), 80, 8),
                1, NOW);
    }

    private static ProgrammeDetails details(Programme p, String venue, int capacity, long total, Instant closesAt) {
        return new ProgrammeDetails("Kemasan kopi", "PACKAGING", "Dekranasda", "Baru", venue, null,
                new SeatPlan(capacity, Money.rupiah(100_000), Money.rupiah(total), Map.of(TIMUR, 2)),
                p.getOpensAt(), closesAt, List.of("MICRO"), List.of(TIMUR), List.of(), List.of(), p.getVersion());
    }

    @Test
    void aRevisionChangesTheDetailsAndSaysWhatChanged() {
        Programme p = programme();
        p.open(NOW);
        ProgrammeRevision revision = p.revise(details(p, "Gedung Kesenian", 12, 1_200_000, NOW.plusSeconds(7200)), Map.of(), NOW);
        assertThat(p.getTitle()).isEqualTo("Kemasan kopi");
        assertThat(p.getCapacity()).isEqualTo(12);
        assertThat(p.getEligibleScales()).containsExactly("MICRO");
        assertThat(p.getEligibleKecamatanIds()).containsExactly(TIMUR);
        assertThat(revision.isPlaceChanged()).isTrue();
        assertThat(revision.mayFreeSeats()).isTrue();
        assertThat(revision.summary()).contains("title: Kemasan → Kemasan kopi", "capacity: 10 → 12", "venue: Aula → Gedung Kesenian",
                "reservedSeats: {} → {5=2}", "description changed").doesNotContain("Baru");
    }

    @Test
    void theSameDetailsChangeNothing() {
        Programme p = programme();
        ProgrammeRevision revision = p.revise(new ProgrammeDetails(p.getTitle(), p.getTopic(), p.getPartner(), null, "Aula",
                null, new SeatPlan(10, Money.rupiah(100_000), Money.rupiah(1_000_000), Map.of()), p.getOpensAt(),
                p.getClosesAt(), List.of(), List.of(), List.of(), List.of(), p.getVersion()), Map.of(), NOW);
        assertThat(revision.summary()).isEqualTo("no change");
        assertThat(revision.isPlaceChanged()).isFalse();
        assertThat(revision.mayFreeSeats()).isFalse();
    }

    @Test
    void aStaleVersionIsRefusedAsAConflictAndChangesNothing() {
        Programme p = programme();
        ProgrammeDetails old = details(p, "Gedung Kesenian", 10, 1_000_000, p.getClosesAt());
        ProgrammeDetails stale = new ProgrammeDetails(old.title(), old.topic(), old.partner(), old.description(), old.venue(),
                old.onlineLink(), old.seats(), old.opensAt(), old.closesAt(), old.eligibleScales(), old.eligibleKecamatanIds(),
                old.eligibleCategoryIds(), old.sessions(), p.getVersion() - 1);
        assertThatThrownBy(() -> p.revise(stale, Map.of(), NOW)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).isConflict()).isTrue())
                .hasMessageContaining("training.revise.stale");
        assertThat(p.getVenue()).isEqualTo("Aula");
    }

    @Test
    void capacityMayNotFallBelowTheSeatsTakenNorAQuotaBelowItsTakenSeats() {
        Programme p = programme();
        p.markAllocated(8, NOW);
        assertThatThrownBy(() -> p.revise(details(p, "Aula", 7, 1_000_000, p.getClosesAt()), Map.of(), NOW))
                .hasMessageContaining("training.revise.capacityBelowTaken");
        assertThatThrownBy(() -> p.revise(details(p, "Aula", 8, 1_000_000, p.getClosesAt()), Map.of(TIMUR, 3), NOW))
                .hasMessageContaining("training.revise.quotaBelowTaken");
        assertThat(p.getCapacity()).as("nothing changed").isEqualTo(10);
        assertThat(p.getTitle()).isEqualTo("Kemasan");
    }

    @Test
    void theWindowMovesOnlyWhileApplicationsAreTaken() {
        Programme p = programme();
        p.open(NOW);
        assertThatThrownBy(() -> p.revise(details(p, "Aula", 10, 1_000_000, NOW.minusSeconds(1)), Map.of(), NOW))
                .hasMessageContaining("training.revise.closesAt");
        ProgrammeDetails d = details(p, "Aula", 10, 1_000_000, p.getClosesAt());
        ProgrammeDetails opensLater = new ProgrammeDetails(d.title(), d.topic(), d.partner(), d.description(), d.venue(),
                d.onlineLink(), d.seats(), NOW.plusSeconds(60), d.closesAt(), d.eligibleScales(), d.eligibleKecamatanIds(),
                d.eligibleCategoryIds(), d.sessions(), d.version());
        assertThatThrownBy(() -> p.revise(opensLater, Map.of(), NOW)).as("registration has opened already")
                .hasMessageContaining("training.revise.opensAt");
        p.markAllocated(0, NOW);
        assertThatThrownBy(() -> p.revise(details(p, "Aula", 10, 1_000_000, NOW.plusSeconds(9000)), Map.of(), NOW))
                .hasMessageContaining("training.revise.windowFixed");
    }

    @Test
    void aFinishedOrCancelledProgrammeIsNotRevised() {
        Programme p = programme();
        p.cancel("Narasumber berhalangan", NOW);
        assertThatThrownBy(() -> p.revise(details(p, "Aula", 10, 1_000_000, p.getClosesAt()), Map.of(), NOW))
                .hasMessageContaining("training.revise.notRunning");
    }
}
