package id.umkm.portal.consignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.Money;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommissionTest {

    @Test
    void commissionIsRoundedHalfUpToWholeRupiahPerSaleLine() {
        // 20 % of Rp 12.345 = Rp 2.469 exactly.
        assertThat(Commission.on(Money.rupiah(12_345), new BigDecimal("20"))).isEqualTo(Money.rupiah(2_469));
        // 17,5 % of Rp 35.001 = Rp 6.125,175 → Rp 6.125 (down: below half).
        assertThat(Commission.on(Money.rupiah(35_001), new BigDecimal("17.5"))).isEqualTo(Money.rupiah(6_125));
        // 15 % of Rp 33.333 = Rp 4.999,95 → Rp 5.000 (up).
        assertThat(Commission.on(Money.rupiah(33_333), new BigDecimal("15"))).isEqualTo(Money.rupiah(5_000));
        // 12,5 % of Rp 1.004 = Rp 125,5 → Rp 126: an exact half goes to the outlet.
        assertThat(Commission.on(Money.rupiah(1_004), new BigDecimal("12.5"))).isEqualTo(Money.rupiah(126));
        assertThat(Commission.on(Money.rupiah(50_000), BigDecimal.ZERO)).isEqualTo(Money.ZERO);
    }

    @Test
    void aLineIsQuantityTimesPriceAndTheConsignorGetsTheRest() {
        Commission.Line line = Commission.Line.of(3, Money.rupiah(35_000), new BigDecimal("17.5"));

        assertThat(line.gross()).isEqualTo(Money.rupiah(105_000));
        assertThat(line.commission()).isEqualTo(Money.rupiah(18_375));
        assertThat(line.net()).isEqualTo(Money.rupiah(86_625));
        assertThat(line.net().plus(line.commission())).isEqualTo(line.gross());
    }

    @Test
    void roundingIsPerLineSoTwoLinesMayDifferFromOneLineOfBoth() {
        // Two sales of one Rp 1.004 unit at 12,5 %: Rp 126 + Rp 126; one sale of two units: 12,5 % of 2.008 = Rp 251.
        Commission.Line single = Commission.Line.of(1, Money.rupiah(1_004), new BigDecimal("12.5"));
        Commission.Line pair = Commission.Line.of(2, Money.rupiah(1_004), new BigDecimal("12.5"));

        assertThat(single.commission().times(2)).isEqualTo(Money.rupiah(252));
        assertThat(pair.commission()).isEqualTo(Money.rupiah(251));
    }

    @Test
    void aCategoryRateOverridesTheAgreementsRate() {
        CommissionTerms terms = new CommissionTerms(new BigDecimal("20"), Map.of((short) 11, new BigDecimal("10")));

        assertThat(terms.percentFor((short) 11)).isEqualByComparingTo("10");
        assertThat(terms.percentFor((short) 8)).isEqualByComparingTo("20");
    }

    @Test
    void aLineOfACategoryWithItsOwnRateIsRoundedHalfUpLikeAnyOther() {
        CommissionTerms terms = new CommissionTerms(new BigDecimal("20"), Map.of((short) 11, new BigDecimal("12.5")));

        // Batik (category 11) at 12,5 %: 3 × Rp 33.335 = Rp 100.005, commission Rp 12.500,625 → Rp 12.501 (half up).
        Commission.Line batik = Commission.Line.of(3, Money.rupiah(33_335), terms.percentFor((short) 11));
        // Food (category 8) at the agreement's 20 %: 2 × Rp 35.001 = Rp 70.002, commission Rp 14.000,4 → Rp 14.000.
        Commission.Line food = Commission.Line.of(2, Money.rupiah(35_001), terms.percentFor((short) 8));

        assertThat(batik.commission()).isEqualTo(Money.rupiah(12_501));
        assertThat(batik.net()).isEqualTo(Money.rupiah(87_504));
        assertThat(food.commission()).isEqualTo(Money.rupiah(14_000));
        assertThat(food.net()).isEqualTo(Money.rupiah(56_002));
    }

    @Test
    void impossibleRatesAndQuantitiesAreRefused() {
        assertThatThrownBy(() -> Commission.on(Money.rupiah(100), new BigDecimal("100"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Commission.on(Money.rupiah(100), new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Commission.Line.of(0, Money.rupiah(100), BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStatementAddsLinesAndSubtractsRefundsWithoutRoundingAgain() {
        Commission.Line a = Commission.Line.of(3, Money.rupiah(35_000), new BigDecimal("17.5"));
        Commission.Line b = Commission.Line.of(1, Money.rupiah(1_004), new BigDecimal("12.5"));
        Commission.Line refunded = Commission.Line.of(1, Money.rupiah(35_000), new BigDecimal("17.5"));
        StatementTotals totals = new StatementTotals(4, a.gross().plus(b.gross()), a.commission().plus(b.commission()), 1,
                refunded.net(), 2);

        assertThat(totals.gross()).isEqualTo(Money.rupiah(106_004));
        assertThat(totals.commission()).isEqualTo(Money.rupiah(18_501));
        assertThat(totals.netSales()).isEqualTo(Money.rupiah(87_503));
        assertThat(totals.adjustment()).isEqualTo(Money.rupiah(-28_875));
        assertThat(totals.netPayable()).isEqualTo(Money.rupiah(58_628));
        assertThat(totals.isEmpty()).isFalse();
        assertThat(new StatementTotals(0, Money.ZERO, Money.ZERO, 0, Money.ZERO, 3).isEmpty()).isTrue();
    }
}
