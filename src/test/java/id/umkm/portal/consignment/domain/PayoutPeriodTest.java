package id.umkm.portal.consignment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.consignment.domain.AgreementTerms.PayoutFrequency;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PayoutPeriodTest {

    @Test
    void aWeekRunsFromMondayToSundayAndIsDueFromTheMondayAfter() {
        // Monday 7 December 2026: the week of 30 November – 6 December has just ended.
        assertThat(PayoutPeriod.lastEnded(PayoutFrequency.WEEKLY, LocalDate.of(2026, 12, 7)))
                .isEqualTo(new PayoutPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)));
        // On Sunday the week is not over yet: still the week before.
        assertThat(PayoutPeriod.lastEnded(PayoutFrequency.WEEKLY, LocalDate.of(2026, 12, 13)))
                .isEqualTo(new PayoutPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)));
    }

    @Test
    void aMonthIsTheCalendarMonthBeforeAcrossTheYearAndLeapDays() {
        assertThat(PayoutPeriod.lastEnded(PayoutFrequency.MONTHLY, LocalDate.of(2027, 1, 1)))
                .isEqualTo(new PayoutPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)));
        assertThat(PayoutPeriod.lastEnded(PayoutFrequency.MONTHLY, LocalDate.of(2028, 3, 31)))
                .isEqualTo(new PayoutPeriod(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)));
    }

    @Test
    void itsBoundsAreMidnightInWita() {
        PayoutPeriod week = new PayoutPeriod(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6));

        assertThat(week.start()).isEqualTo(Instant.parse("2026-11-29T16:00:00Z"));
        assertThat(week.end()).isEqualTo(Instant.parse("2026-12-06T16:00:00Z"));
    }
}
