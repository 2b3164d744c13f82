package id.umkm.portal.dashboard.domain;

import java.util.Locale;

/**
 * The raw counts the refresh stores per month and area (one column each in dashboard_figure).
 * Stock counts describe the end of the month and accumulate over the months; the others count what
 * happened during the month.
 */
public enum Count {
    SELLERS_NEW(false),
    SELLERS_REGISTERED(true),
    SELLERS_VERIFIED(true),
    SELLERS_NIB_VERIFIED(true),
    SELLERS_ONLINE(true),
    PRODUCTS_LISTED(true),
    ORDERS_PAID(false),
    BUYERS(false),
    SELLING_SELLERS(false),
    GROSS_SALES_RUPIAH(false),
    PAYMENTS_TOTAL(false),
    PAYMENTS_CASHLESS(false),
    OUTLET_SALES(false),
    OUTLET_SALES_QRIS(false),
    OUTLET_GROSS_RUPIAH(false),
    TRAINING_APPLICANTS(false),
    TRAINING_SEATS(false),
    TRAINING_PARTICIPANTS(false),
    TRAINING_FINISHED(false),
    TRAINING_COMPLETED(false),
    TRAINING_UNMET(false),
    PERMITS_APPLIED(false),
    PERMITS_ISSUED(false),
    PERMITS_DECIDED(false),
    PERMITS_WITHIN_SLA(false);

    private final boolean stock;

    Count(boolean stock) {
        this.stock = stock;
    }

    public boolean isStock() {
        return stock;
    }

    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
