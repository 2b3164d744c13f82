package id.umkm.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeatPlanTest {

    private static final short KOTA = 2;
    private static final short TIMUR = 5;

    private static SeatPlan plan(int capacity, long perParticipant, long total, Map<Short, Integer> quotas) {
        return new SeatPlan(capacity, Money.rupiah(perParticipant), Money.rupiah(total), quotas);
    }

    @Test
    void capacityMayNotExceedWhatTheBudgetPaysFor() {
        assertThat(plan(20, 250_000, 5_000_000, Map.of()).capacity()).as("exactly paid for").isEqualTo(20);
        assertThatThrownBy(() -> plan(21, 250_000, 5_000_000, Map.of())).isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    RuleViolation v = (RuleViolation) e;
                    assertThat(v.messageKey()).isEqualTo("training.capacityOverBudget");
                    assertThat(v.field()).isEqualTo("capacity");
                    assertThat(v.args()).containsExactly(20L);
                    assertThat(v.isConflict()).isFalse();
                });
        assertThat(plan(500, 0, 0, Map.of()).capacity()).as("a free programme").isEqualTo(500);
    }

    @Test
    void capacityIsPositiveAndBudgetsAreNotNegative() {
        assertThatThrownBy(() -> plan(0, 0, 0, Map.of())).hasMessageContaining("training.capacity.positive");
        assertThatThrownBy(() -> plan(1, -1, 0, Map.of())).hasMessageContaining("training.budget.invalid");
        assertThatThrownBy(() -> plan(1, 0, -5, Map.of())).hasMessageContaining("training.budget.invalid");
    }

    @Test
    void quotasArePositiveAndSumToNoMoreThanCapacity() {
        assertThat(plan(5, 0, 0, Map.of(KOTA, 2, TIMUR, 3)).reservedSeats()).containsEntry(TIMUR, 3);
        assertThatThrownBy(() -> plan(5, 0, 0, Map.of(KOTA, 3, TIMUR, 3))).hasMessageContaining("training.quotaOverCapacity");
        assertThatThrownBy(() -> plan(5, 0, 0, Map.of(KOTA, 0))).hasMessageContaining("training.quotaOverCapacity");
        java.util.HashMap<Short, Integer> withNull = new java.util.HashMap<>();
        withNull.put(KOTA, null);
        assertThatThrownBy(() -> plan(5, 0, 0, withNull)).hasMessageContaining("training.quotaOverCapacity");
    }

    @Test
    void aPlanKeepsTheSeatsAlreadyTaken() {
        SeatPlan plan = plan(4, 0, 0, Map.of(TIMUR, 2));
        plan.keeps(4, Map.of(TIMUR, 2));
        assertThatThrownBy(() -> plan.keeps(5, Map.of())).isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    RuleViolation v = (RuleViolation) e;
                    assertThat(v.messageKey()).isEqualTo("training.revise.capacityBelowTaken");
                    assertThat(v.args()).containsExactly(5);
                    assertThat(v.isConflict()).isTrue();
                });
        assertThatThrownBy(() -> plan.keeps(3, Map.of(TIMUR, 3))).hasMessageContaining("training.revise.quotaBelowTaken");
        assertThatThrownBy(() -> plan.keeps(3, Map.of(KOTA, 1))).as("a dropped quota someone took a seat from")
                .hasMessageContaining("training.revise.quotaBelowTaken");
        plan.keeps(3, Map.of(KOTA, 0));
    }

    @Test
    void emptyOrZeroEntriesOfAFormHoldNoSeats() {
        java.util.HashMap<Short, Integer> entered = new java.util.HashMap<>();
        entered.put(KOTA, null);
        entered.put(TIMUR, 0);
        entered.put((short) 1, 3);
        assertThat(SeatPlan.held(entered)).containsExactly(Map.entry((short) 1, 3));
    }

    @Test
    void growingIsMoreSeatsThanBefore() {
        assertThat(plan(6, 0, 0, Map.of()).grows(5)).isTrue();
        assertThat(plan(5, 0, 0, Map.of()).grows(5)).isFalse();
    }
}
