package id.umkm.portal.catalog.domain;

/** What a product copies from its seller: where it is, how big, and whether the public may see it. */
public record SellerPlacement(Short kecamatanId, String scale, boolean verified) {
}
