package id.umkm.portal.dashboard.application;

import id.umkm.portal.dashboard.domain.Indicator;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How an indicator's value reads on pages and in the PDF: "3,31 %", "Rp 180.000", "10,0 hari"; "–" when
 * undefined. One instance formats a whole page or report (number formats are costly to make, and a page
 * shows a few hundred values); it is not for sharing between threads.
 */
public final class IndicatorFormat {

    public static final String NONE = "–";

    private final NumberFormat count;
    private final NumberFormat rupiah;
    private final NumberFormat percent;
    private final NumberFormat days;
    private final String daysUnit;

    private IndicatorFormat(Locale locale) {
        count = NumberFormat.getNumberInstance(locale);
        rupiah = NumberFormat.getIntegerInstance(Locale.forLanguageTag("id"));
        percent = fixed(locale, 2);
        days = fixed(locale, 1);
        daysUnit = "id".equals(locale.getLanguage()) ? " hari" : " days";
    }

    public static IndicatorFormat of(Locale locale) {
        return new IndicatorFormat(locale);
    }

    public String format(Indicator indicator, BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        return switch (indicator.unit()) {
            case COUNT -> count.format(value.longValue());
            case RUPIAH -> "Rp " + rupiah.format(value.longValue());
            case PERCENT -> percent.format(value) + " %";
            case DAYS -> days.format(value) + daysUnit;
        };
    }

    private static NumberFormat fixed(Locale locale, int digits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }
}
