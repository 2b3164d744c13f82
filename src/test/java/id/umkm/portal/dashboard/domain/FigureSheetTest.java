package id.umkm.portal.dashboard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FigureSheetTest {

    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MAR = YearMonth.of(2026, 3);
    private static final Area BARAT = Area.kecamatan(1);
    private static final Area BARU_ILIR = Area.kelurahan(1, 1);
    private static final Area KOTA = Area.kecamatan(2);
    private static final List<Area> AREAS = List.of(Area.CITY, BARAT, BARU_ILIR, KOTA);

    @Test
    void stockCountsAccumulateOverMonthsFlowCountsDoNot() {
        FigureSheet sheet = new FigureSheet();
        sheet.add(Count.SELLERS_REGISTERED, JAN, (short) 1, (short) 1, 2);
        sheet.add(Count.SELLERS_REGISTERED, MAR, (short) 1, (short) 1, 1);
        sheet.add(Count.ORDERS_PAID, JAN, (short) 1, (short) 1, 5);

        Map<YearMonth, Map<Area, Figures>> figures = sheet.figures(AREAS, FEB, MAR);

        assertThat(figures).containsOnlyKeys(FEB, MAR);
        assertThat(figures.get(FEB).get(BARU_ILIR).get(Count.SELLERS_REGISTERED)).isEqualTo(2);
        assertThat(figures.get(MAR).get(BARAT).get(Count.SELLERS_REGISTERED)).isEqualTo(3);
        assertThat(figures.get(MAR).get(Area.CITY).get(Count.SELLERS_REGISTERED)).isEqualTo(3);
        assertThat(figures.get(FEB).get(BARAT).get(Count.ORDERS_PAID)).isZero();
        assertThat(figures.get(MAR).get(KOTA).get(Count.SELLERS_REGISTERED)).isZero();
    }

    @Test
    void aBuyerOfTwoKecamatanIsOneBuyerOfTheCity() {
        FigureSheet sheet = new FigureSheet();
        sheet.addDistinct(Count.BUYERS, JAN, (short) 1, (short) 1, 7L);
        sheet.addDistinct(Count.BUYERS, JAN, (short) 1, (short) 1, 7L);
        sheet.addDistinct(Count.BUYERS, JAN, (short) 2, null, 7L);
        sheet.addDistinct(Count.BUYERS, JAN, (short) 2, null, 8L);

        Map<Area, Figures> jan = sheet.figures(AREAS, JAN, JAN).get(JAN);

        assertThat(jan.get(BARAT).get(Count.BUYERS)).isEqualTo(1);
        assertThat(jan.get(KOTA).get(Count.BUYERS)).isEqualTo(2);
        assertThat(jan.get(Area.CITY).get(Count.BUYERS)).isEqualTo(2);
    }

    @Test
    void factsWithoutAPlaceCountForTheCityOnly() {
        FigureSheet sheet = new FigureSheet();
        sheet.add(Count.PERMITS_APPLIED, JAN, null, null, 1);
        Map<Area, Figures> jan = sheet.figures(AREAS, JAN, JAN).get(JAN);
        assertThat(jan.get(Area.CITY).get(Count.PERMITS_APPLIED)).isEqualTo(1);
        assertThat(jan.get(BARAT).get(Count.PERMITS_APPLIED)).isZero();
    }

    @Test
    void medianOfOddAndEvenSamples() {
        FigureSheet sheet = new FigureSheet();
        sheet.addPermitDays(JAN, (short) 1, (short) 1, 28);
        sheet.addPermitDays(JAN, (short) 1, (short) 1, 3);
        sheet.addPermitDays(JAN, (short) 1, (short) 1, 10);
        sheet.addPermitDays(JAN, (short) 2, null, 4);
        Map<Area, Figures> jan = sheet.figures(AREAS, JAN, JAN).get(JAN);
        assertThat(jan.get(BARAT).permitMedianDays()).isEqualTo(10.0);
        assertThat(jan.get(Area.CITY).permitMedianDays()).isEqualTo(7.0);
        assertThat(jan.get(KOTA).permitMedianDays()).isEqualTo(4.0);
        assertThat(sheet.figures(AREAS, FEB, FEB).get(FEB).get(BARAT).permitMedianDays()).isNull();
    }

    @Test
    void sharesAreEmptyWithoutADenominator() {
        Figures none = Figures.empty();
        assertThat(Indicator.ONLINE_SHARE.valueOf(none, null)).isNull();
        assertThat(Indicator.ONLINE_SHARE.valueOf(none, 48_161L)).isEqualByComparingTo("0");
        Figures some = new Figures(Map.of(Count.SELLERS_ONLINE, 1_594L), null);
        assertThat(Indicator.ONLINE_SHARE.valueOf(some, 48_161L)).isEqualTo(new BigDecimal("3.31"));
        assertThat(Indicator.CASHLESS_SHARE.valueOf(none, null)).isNull();
    }
}
