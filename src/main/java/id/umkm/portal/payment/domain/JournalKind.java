package id.umkm.portal.payment.domain;

/** What a journal records; together with its source reference it identifies one posting. */
public enum JournalKind {
    PAYMENT_RECEIVED, RELEASE, REFUND, PAYOUT, PAYOUT_SENT, OUTLET_SALE, OUTLET_REFUND, SETTLEMENT
}
