package id.umkm.portal.training.domain;

import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import java.util.HashMap;
import java.util.Map;

/**
 * A programme's seats and what pays for them: the capacity, the seats held per kecamatan and the
 * budget. A plan that exists keeps the rules: a positive capacity the budget pays for, and held seats
 * that fit in it.
 */
public record SeatPlan(int capacity, Money budgetPerParticipant, Money totalBudget, Map<Short, Integer> reservedSeats) {

    public SeatPlan {
        if (capacity <= 0) {
            throw new RuleViolation("capacity", "training.capacity.positive");
        }
        if (budgetPerParticipant.isNegative() || totalBudget.isNegative()) {
            throw new RuleViolation("totalBudget", "training.budget.invalid");
        }
        if (budgetPerParticipant.times(capacity).compareTo(totalBudget) > 0) {
            throw new RuleViolation("capacity", "training.capacityOverBudget",
                    totalBudget.rupiah() / Math.max(1, budgetPerParticipant.rupiah()));
        }
        if (reservedSeats.values().stream().anyMatch(s -> s == null || s <= 0) || reserved(reservedSeats) > capacity) {
            throw new RuleViolation("reservedSeats", "training.quotaOverCapacity");
        }
        reservedSeats = Map.copyOf(reservedSeats);
    }

    /**
     * Refuses a plan that would leave people without the seat they hold: fewer seats than are taken,
     * or fewer held for a kecamatan than its applicants already took.
     */
    public void keeps(int seatsTaken, Map<Short, Integer> quotaSeatsTaken) {
        if (capacity < seatsTaken) {
            throw RuleViolation.conflict("capacity", "training.revise.capacityBelowTaken", seatsTaken);
        }
        quotaSeatsTaken.forEach((kecamatan, taken) -> {
            if (taken > 0 && reservedSeats.getOrDefault(kecamatan, 0) < taken) {
                throw RuleViolation.conflict("reservedSeats", "training.revise.quotaBelowTaken", taken);
            }
        });
    }

    /** The seats held per kecamatan as a form gives them: an empty or zero entry holds none. */
    public static Map<Short, Integer> held(Map<Short, Integer> entered) {
        Map<Short, Integer> held = new HashMap<>();
        entered.forEach((kecamatan, seats) -> {
            if (seats != null && seats > 0) {
                held.put(kecamatan, seats);
            }
        });
        return held;
    }

    public boolean grows(int previousCapacity) {
        return capacity > previousCapacity;
    }

    private static int reserved(Map<Short, Integer> seats) {
        return seats.values().stream().mapToInt(Integer::intValue).sum();
    }
}
