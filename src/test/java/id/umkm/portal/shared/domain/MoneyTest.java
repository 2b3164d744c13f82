package id.umkm.portal.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void formatsLikeAnIndonesianPriceTag() {
        assertThat(Money.rupiah(15_000).format()).isEqualTo("Rp 15.000");
        assertThat(Money.rupiah(1_250_500).format()).isEqualTo("Rp 1.250.500");
        assertThat(Money.rupiah(-2_000).format()).isEqualTo("-Rp 2.000");
        assertThat(Money.ZERO.format()).isEqualTo("Rp 0");
    }

    @Test
    void arithmeticIsExactAndRefusesToOverflow() {
        assertThat(Money.rupiah(12_500).times(3).plus(Money.rupiah(500)).minus(Money.rupiah(1_000)))
                .isEqualTo(Money.rupiah(37_000));
        assertThatThrownBy(() -> Money.rupiah(Long.MAX_VALUE).plus(Money.rupiah(1))).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void timesAreShownInTheCitysZoneWita() {
        Instant utcMidnight = Instant.parse("2026-11-22T16:30:00Z");
        assertThat(CityTime.local(utcMidnight).getHour()).isZero();
        assertThat(CityTime.format(utcMidnight, Locale.forLanguageTag("id"))).contains("WITA").contains("23");
    }
}
