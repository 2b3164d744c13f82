package id.umkm.portal.seller.domain;

/** Business size as Indonesian law (and OSS) counts it. */
public enum BusinessScale {
    MICRO, SMALL, MEDIUM
}
