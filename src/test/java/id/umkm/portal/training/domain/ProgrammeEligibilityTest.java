package id.umkm.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgrammeEligibilityTest {

    private static final Instant NOW = Instant.parse("2026-11-23T00:00:00Z");

    private static Programme programme(List<String> scales, List<Short> kecamatan, List<Short> categories) {
        return Programme.define(new ProgrammeTerms("Kemasan", "PACKAGING", null, null, "Aula", null, 10,
                Money.rupiah(100_000), Money.rupiah(1_000_000), NOW, NOW.plusSeconds(3600), AllocationMode.FIRST_COME,
                scales, kecamatan, categories, Map.of(), PriorityWeights.standard(), 80, 8), 1, NOW);
    }

    @Test
    void everyRestrictionIsCheckedAndNamed() {
        Programme p = programme(List.of("MICRO"), List.of((short) 5), List.of((short) 1, (short) 3));
        assertThat(p.ineligibility("MICRO", (short) 5, (short) 3)).isEmpty();
        assertThat(p.ineligibility("SMALL", (short) 5, (short) 3)).contains("training.ineligible.scale");
        assertThat(p.ineligibility("MICRO", (short) 2, (short) 3)).contains("training.ineligible.kecamatan");
        assertThat(p.ineligibility("MICRO", (short) 5, (short) 2)).contains("training.ineligible.category");
        assertThat(p.ineligibility("MICRO", (short) 5, null)).contains("training.ineligible.category");
        assertThat(p.getEligibleCategoryIds()).containsExactly((short) 1, (short) 3);
    }

    @Test
    void noRestrictionMeansEveryVerifiedSeller() {
        assertThat(programme(List.of(), List.of(), List.of()).ineligibility(null, null, null)).isEmpty();
    }

    @Test
    void aProgrammeFinishesOnlyAfterItsLastSession() {
        Programme p = programme(List.of(), List.of(), List.of());
        p.open(NOW);
        assertThatThrownBy(() -> p.finish(NOW.plusSeconds(60), NOW)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("training.finish.tooEarly");
        assertThatThrownBy(() -> p.finish(null, NOW)).isInstanceOf(RuleViolation.class);
        p.finish(NOW.minusSeconds(1), NOW);
        assertThat(p.getStatus()).isEqualTo(ProgrammeStatus.FINISHED);
        assertThatThrownBy(() -> p.finish(NOW.minusSeconds(1), NOW)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("training.finish.notRunning");
    }

    @Test
    void aProgrammeIsCancelledOnceWithItsReasonAndThenTakesNoApplications() {
        Programme p = programme(List.of(), List.of(), List.of());
        p.open(NOW);
        p.cancel("Narasumber berhalangan", NOW.plusSeconds(60));
        assertThat(p.getStatus()).isEqualTo(ProgrammeStatus.CANCELLED);
        assertThat(p.getCancelReason()).isEqualTo("Narasumber berhalangan");
        assertThat(p.getCancelledAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(p.acceptsApplicationsAt(NOW.plusSeconds(120))).isFalse();
        assertThatThrownBy(() -> p.cancel("Sekali lagi dibatalkan", NOW.plusSeconds(90)))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.messageKey()).isEqualTo("training.cancel.notRunning"));
    }
}
