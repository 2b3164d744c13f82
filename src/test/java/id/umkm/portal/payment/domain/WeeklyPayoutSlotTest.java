package id.umkm.portal.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WeeklyPayoutSlotTest {

    private final WeeklyPayoutSlot mondayEight = WeeklyPayoutSlot.parse("monday", "08:00").orElseThrow();

    @Test
    void readsTheSetting() {
        assertThat(mondayEight).isEqualTo(new WeeklyPayoutSlot(DayOfWeek.MONDAY, LocalTime.of(8, 0)));
        assertThat(WeeklyPayoutSlot.parse(" ", "08:00")).isEmpty();
        assertThatThrownBy(() -> WeeklyPayoutSlot.parse("every monday", "08:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklyPayoutSlot.parse("MONDAY", "25:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSlotIsInWitaAndTheLatestOneNotAfterNow() {
        // Monday 23 Nov 2026 08:00 WITA = 00:00 UTC.
        Instant slot = Instant.parse("2026-11-23T00:00:00Z");
        assertThat(mondayEight.latestStartAtOrBefore(Instant.parse("2026-11-23T00:00:00Z"))).isEqualTo(slot);
        assertThat(mondayEight.latestStartAtOrBefore(Instant.parse("2026-11-25T10:00:00Z"))).isEqualTo(slot);
        assertThat(mondayEight.latestStartAtOrBefore(Instant.parse("2026-11-22T23:59:59Z")))
                .isEqualTo(Instant.parse("2026-11-16T00:00:00Z"));
        assertThat(mondayEight.latestStartAtOrBefore(Instant.parse("2026-11-30T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    }
}
