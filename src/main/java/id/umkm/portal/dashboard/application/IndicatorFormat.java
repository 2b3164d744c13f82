package id.umkm.portal.dashboard.application;

import id.umkm.portal.dashboard.domain.Indicator;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** How an indicator's value reads on pages and in the PDF: "3,31 %", "Rp 180.000", "10,0 hari"; "–" when undefined. */
public final class IndicatorFormat {

    public static final String NONE = "–";

    private IndicatorFormat() {
    }

    public static String format(Indicator indicator, BigDecimal value, Locale locale) {
        if (value == null) {
            return NONE;
        }
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        return switch (indicator.unit()) {
            case COUNT -> numbers.format(value.longValue());
            case RUPIAH -> "Rp " + NumberFormat.getIntegerInstance(Locale.forLanguageTag("id")).format(value.longValue());
            case PERCENT -> fixed(numbers, 2).format(value) + " %";
            case DAYS -> fixed(numbers, 1).format(value) + ("id".equals(locale.getLanguage()) ? " hari" : " days");
        };
    }

    private static NumberFormat fixed(NumberFormat format, int digits) {
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format;
    }
}
