package id.umkm.portal.seller.domain;

public enum PayoutMethod {
    BANK, EWALLET
}
