package id.umkm.portal.payment.domain;

import id.umkm.portal.shared.domain.CityTime;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;

/** When the weekly payout batch is due: a weekday and a time of day in the city's zone (WITA), e.g. MONDAY 08:00. */
public record WeeklyPayoutSlot(DayOfWeek day, LocalTime time) {

    /** Reads the weekday (e.g. "MONDAY") and time ("08:00"); empty for a blank weekday (weekly payouts off). */
    public static Optional<WeeklyPayoutSlot> parse(String day, String time) {
        if (day == null || day.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WeeklyPayoutSlot(DayOfWeek.valueOf(day.trim().toUpperCase(Locale.ROOT)), LocalTime.parse(time.trim())));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("A weekly payout slot is a weekday such as MONDAY and a time such as 08:00, not "
                    + day + " " + time, e);
        }
    }

    /** The latest moment this slot began at or before now. */
    public Instant latestStartAtOrBefore(Instant now) {
        ZonedDateTime local = CityTime.local(now);
        ZonedDateTime thisWeek = local.with(TemporalAdjusters.previousOrSame(day)).with(time).withSecond(0).withNano(0);
        return (thisWeek.isAfter(local) ? thisWeek.minusWeeks(1) : thisWeek).toInstant();
    }
}
