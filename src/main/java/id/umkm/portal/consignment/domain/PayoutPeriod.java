package id.umkm.portal.consignment.domain;

import id.umkm.portal.consignment.domain.AgreementTerms.PayoutFrequency;
import id.umkm.portal.shared.domain.CityTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * The days (WITA, both ends included) one scheduled statement covers: a week from Monday to Sunday, or a
 * calendar month. The schedule draws the statement of the period that ended last, the day after it ends.
 */
public record PayoutPeriod(LocalDate from, LocalDate to) {

    public PayoutPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("A payout period ends on or after it starts: " + from + " – " + to);
        }
    }

    /** The latest period of this frequency that ended before today. */
    public static PayoutPeriod lastEnded(PayoutFrequency frequency, LocalDate today) {
        return switch (frequency) {
            case WEEKLY -> {
                LocalDate sunday = today.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
                yield new PayoutPeriod(sunday.minusDays(6), sunday);
            }
            case MONTHLY -> {
                YearMonth month = YearMonth.from(today).minusMonths(1);
                yield new PayoutPeriod(month.atDay(1), month.atEndOfMonth());
            }
        };
    }

    /** The first moment of the period. */
    public Instant start() {
        return from.atStartOfDay(CityTime.ZONE).toInstant();
    }

    /** The first moment after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(CityTime.ZONE).toInstant();
    }
}
