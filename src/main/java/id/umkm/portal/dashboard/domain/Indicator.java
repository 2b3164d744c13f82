package id.umkm.portal.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * The Smart Economy indicators as shown, exported and published. Each is read from one area's
 * month of {@link Figures}; shares are percentages with two decimals and are empty when their
 * denominator is zero (or, for the share selling online, when the area has no baseline count).
 * docs/dashboard.md gives each definition.
 */
public enum Indicator {
    SELLERS_REGISTERED(Unit.COUNT, Theme.SELLERS),
    SELLERS_NEW(Unit.COUNT, Theme.SELLERS),
    SELLERS_VERIFIED(Unit.COUNT, Theme.SELLERS),
    SELLERS_ONLINE(Unit.COUNT, Theme.SELLERS),
    ONLINE_SHARE(Unit.PERCENT, Theme.SELLERS),
    NIB_VERIFIED_SHARE(Unit.PERCENT, Theme.SELLERS),
    PRODUCTS_LISTED(Unit.COUNT, Theme.SELLERS),
    ORDERS_PAID(Unit.COUNT, Theme.SALES),
    BUYERS(Unit.COUNT, Theme.SALES),
    GROSS_SALES(Unit.RUPIAH, Theme.SALES),
    CASHLESS_SHARE(Unit.PERCENT, Theme.SALES),
    OUTLET_SALES(Unit.COUNT, Theme.SALES),
    OUTLET_GROSS(Unit.RUPIAH, Theme.SALES),
    TRAINING_APPLICANTS(Unit.COUNT, Theme.TRAINING),
    TRAINING_SEATS(Unit.COUNT, Theme.TRAINING),
    TRAINING_PARTICIPANTS(Unit.COUNT, Theme.TRAINING),
    TRAINING_COMPLETION(Unit.PERCENT, Theme.TRAINING),
    TRAINING_UNMET(Unit.COUNT, Theme.TRAINING),
    PERMITS_APPLIED(Unit.COUNT, Theme.LICENSING),
    PERMITS_ISSUED(Unit.COUNT, Theme.LICENSING),
    PERMIT_MEDIAN_DAYS(Unit.DAYS, Theme.LICENSING),
    PERMITS_WITHIN_SLA_SHARE(Unit.PERCENT, Theme.LICENSING);

    public enum Unit {
        COUNT, RUPIAH, PERCENT, DAYS
    }

    public enum Theme {
        SELLERS, SALES, TRAINING, LICENSING
    }

    private final Unit unit;
    private final Theme theme;

    Indicator(Unit unit, Theme theme) {
        this.unit = unit;
        this.theme = theme;
    }

    public Unit unit() {
        return unit;
    }

    public Theme theme() {
        return theme;
    }

    /** The name used in the open data (JSON fields, CSV headers) and in message keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * This indicator's value for one area and month. {@code baseline} is the area's MSME count set by
     * staff (null where none is set, as for a kelurahan).
     */
    public BigDecimal valueOf(Figures f, Long baseline) {
        return switch (this) {
            case SELLERS_REGISTERED -> count(f.get(Count.SELLERS_REGISTERED));
            case SELLERS_NEW -> count(f.get(Count.SELLERS_NEW));
            case SELLERS_VERIFIED -> count(f.get(Count.SELLERS_VERIFIED));
            case SELLERS_ONLINE -> count(f.get(Count.SELLERS_ONLINE));
            case ONLINE_SHARE -> baseline == null ? null : percent(f.get(Count.SELLERS_ONLINE), baseline);
            case NIB_VERIFIED_SHARE -> percent(f.get(Count.SELLERS_NIB_VERIFIED), f.get(Count.SELLERS_REGISTERED));
            case PRODUCTS_LISTED -> count(f.get(Count.PRODUCTS_LISTED));
            case ORDERS_PAID -> count(f.get(Count.ORDERS_PAID));
            case BUYERS -> count(f.get(Count.BUYERS));
            case GROSS_SALES -> count(f.get(Count.GROSS_SALES_RUPIAH));
            case CASHLESS_SHARE -> percent(f.get(Count.PAYMENTS_CASHLESS) + f.get(Count.OUTLET_SALES_QRIS),
                    f.get(Count.PAYMENTS_TOTAL) + f.get(Count.OUTLET_SALES));
            case OUTLET_SALES -> count(f.get(Count.OUTLET_SALES));
            case OUTLET_GROSS -> count(f.get(Count.OUTLET_GROSS_RUPIAH));
            case TRAINING_APPLICANTS -> count(f.get(Count.TRAINING_APPLICANTS));
            case TRAINING_SEATS -> count(f.get(Count.TRAINING_SEATS));
            case TRAINING_PARTICIPANTS -> count(f.get(Count.TRAINING_PARTICIPANTS));
            case TRAINING_COMPLETION -> percent(f.get(Count.TRAINING_COMPLETED), f.get(Count.TRAINING_FINISHED));
            case TRAINING_UNMET -> count(f.get(Count.TRAINING_UNMET));
            case PERMITS_APPLIED -> count(f.get(Count.PERMITS_APPLIED));
            case PERMITS_ISSUED -> count(f.get(Count.PERMITS_ISSUED));
            case PERMIT_MEDIAN_DAYS -> f.permitMedianDays() == null ? null
                    : BigDecimal.valueOf(f.permitMedianDays()).setScale(1, RoundingMode.HALF_UP);
            case PERMITS_WITHIN_SLA_SHARE -> percent(f.get(Count.PERMITS_WITHIN_SLA), f.get(Count.PERMITS_DECIDED));
        };
    }

    private static BigDecimal count(long n) {
        return BigDecimal.valueOf(n);
    }

    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
