package id.umkm.portal.consignment.domain;

import java.time.LocalDate;

/**
 * Ageing of a batch by its best-before date and by its consignment period, whichever comes first:
 * <ul>
 * <li>EXPIRED: the best-before date has passed (sold up to and including that day); no longer sold.</li>
 * <li>DUE_RETURN / markdown: the period and its grace days are over; the agreement's end action applies.
 * A markdown applies once; goods marked down stay on sale (MARKED_DOWN).</li>
 * <li>IN_GRACE: the period is over but the grace days are not; still sold.</li>
 * <li>EXPIRING: the best-before date or the end of the period is within {@value #WARNING_DAYS} days.</li>
 * </ul>
 */
public final class Ageing {

    public static final int WARNING_DAYS = 7;

    private Ageing() {
    }

    /** What the batch should be flagged today; markDown says whether to cut its price now. */
    public record Assessment(AgeFlag flag, boolean markDown) {
    }

    public static Assessment assess(LocalDate bestBefore, LocalDate consignUntil, int graceDays, EndAction endAction,
            boolean markedDown, LocalDate today) {
        if (bestBefore != null && today.isAfter(bestBefore)) {
            return new Assessment(AgeFlag.EXPIRED, false);
        }
        if (today.isAfter(consignUntil.plusDays(graceDays))) {
            if (endAction == EndAction.MARKDOWN) {
                return new Assessment(AgeFlag.MARKED_DOWN, !markedDown);
            }
            return new Assessment(AgeFlag.DUE_RETURN, false);
        }
        if (markedDown) {
            return new Assessment(AgeFlag.MARKED_DOWN, false);
        }
        if (today.isAfter(consignUntil)) {
            return new Assessment(AgeFlag.IN_GRACE, false);
        }
        LocalDate due = bestBefore != null && bestBefore.isBefore(consignUntil) ? bestBefore : consignUntil;
        if (!today.plusDays(WARNING_DAYS).isBefore(due)) {
            return new Assessment(AgeFlag.EXPIRING, false);
        }
        return new Assessment(AgeFlag.OK, false);
    }
}
