package id.umkm.portal.dashboard.application;

/** The staff lists behind the figures of a month and area. */
public enum DrillDownList {
    /** Seller profiles submitted in the month (registered). */
    SELLERS,
    /** Orders paid in the month and not cancelled. */
    ORDERS,
    /** Training applications made in the month. */
    TRAINING,
    /** Permit applications submitted in the month. */
    PERMITS
}
