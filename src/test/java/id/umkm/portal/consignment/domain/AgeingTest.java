package id.umkm.portal.consignment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgeingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Ageing.Assessment assess(LocalDate bestBefore, LocalDate until, int grace, EndAction action, boolean markedDown) {
        return Ageing.assess(bestBefore, until, grace, action, markedDown, TODAY);
    }

    @Test
    void freshGoodsAreFine() {
        assertThat(assess(TODAY.plusDays(30), TODAY.plusDays(60), 7, EndAction.RETURN, false).flag()).isEqualTo(AgeFlag.OK);
        assertThat(assess(null, TODAY.plusDays(8), 7, EndAction.RETURN, false).flag()).isEqualTo(AgeFlag.OK);
    }

    @Test
    void whicheverComesFirstWithinSevenDaysIsFlaggedExpiring() {
        assertThat(assess(TODAY.plusDays(7), TODAY.plusDays(60), 7, EndAction.RETURN, false).flag()).isEqualTo(AgeFlag.EXPIRING);
        assertThat(assess(TODAY.plusDays(40), TODAY.plusDays(7), 7, EndAction.RETURN, false).flag()).isEqualTo(AgeFlag.EXPIRING);
        assertThat(assess(TODAY, TODAY.plusDays(60), 7, EndAction.RETURN, false).flag()).as("sold on its best-before day")
                .isEqualTo(AgeFlag.EXPIRING);
    }

    @Test
    void foodPastItsBestBeforeDayIsExpiredWhateverThePeriod() {
        assertThat(assess(TODAY.minusDays(1), TODAY.plusDays(60), 7, EndAction.MARKDOWN, false))
                .isEqualTo(new Ageing.Assessment(AgeFlag.EXPIRED, false));
    }

    @Test
    void afterThePeriodTheGraceDaysRunThenTheEndActionApplies() {
        assertThat(assess(null, TODAY.minusDays(1), 7, EndAction.RETURN, false).flag()).isEqualTo(AgeFlag.IN_GRACE);
        assertThat(assess(null, TODAY.minusDays(7), 7, EndAction.RETURN, false).flag()).as("last grace day").isEqualTo(AgeFlag.IN_GRACE);
        assertThat(assess(null, TODAY.minusDays(8), 7, EndAction.RETURN, false)).isEqualTo(new Ageing.Assessment(AgeFlag.DUE_RETURN, false));
        assertThat(assess(null, TODAY.minusDays(1), 0, EndAction.RETURN, false).flag()).isEqualTo(AgeFlag.DUE_RETURN);
    }

    @Test
    void aMarkdownAppliesOnceAndTheGoodsStayOnSale() {
        assertThat(assess(null, TODAY.minusDays(8), 7, EndAction.MARKDOWN, false)).isEqualTo(new Ageing.Assessment(AgeFlag.MARKED_DOWN, true));
        assertThat(assess(null, TODAY.minusDays(30), 7, EndAction.MARKDOWN, true)).isEqualTo(new Ageing.Assessment(AgeFlag.MARKED_DOWN, false));
    }

    @Test
    void theMarkdownPriceIsRoundedDownToHundredsAndNeverBelowOneHundred() {
        assertThat(Markdown.price(Money.rupiah(35_000), new BigDecimal("25"))).isEqualTo(Money.rupiah(26_200));
        assertThat(Markdown.price(Money.rupiah(45_000), new BigDecimal("30"))).isEqualTo(Money.rupiah(31_500));
        assertThat(Markdown.price(Money.rupiah(33_333), new BigDecimal("10"))).as("29.999,7 → 29.900").isEqualTo(Money.rupiah(29_900));
        assertThat(Markdown.price(Money.rupiah(150), new BigDecimal("90"))).isEqualTo(Money.rupiah(100));
        assertThatThrownBy(() -> Markdown.price(Money.rupiah(1000), BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void agreementTermsRefuseWhatTheOutletCannotWorkWith() {
        assertThatThrownBy(() -> terms("100", 30, 7, EndAction.RETURN, null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("commission.invalid");
        assertThatThrownBy(() -> terms("20", 0, 7, EndAction.RETURN, null)).hasMessageContaining("days.invalid");
        assertThatThrownBy(() -> terms("20", 30, -1, EndAction.RETURN, null)).hasMessageContaining("grace.invalid");
        assertThatThrownBy(() -> terms("20", 30, 7, EndAction.MARKDOWN, null)).hasMessageContaining("markdown.invalid");
        assertThat(terms("20", 30, 7, EndAction.RETURN, new BigDecimal("25")).markdownPercent()).as("only a markdown keeps it").isNull();
        assertThat(terms("17.5", 30, 7, EndAction.MARKDOWN, new BigDecimal("25")).commission().percentFor((short) 1))
                .isEqualByComparingTo("17.5");
    }

    private static AgreementTerms terms(String percent, int days, int grace, EndAction action, BigDecimal markdown) {
        return new AgreementTerms(new BigDecimal(percent), Map.of(), days, grace, action, markdown,
                AgreementTerms.PayoutFrequency.WEEKLY);
    }
}
