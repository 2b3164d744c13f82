package id.umkm.portal.seller.application;

/**
 * Fired (CDI event, inside the transaction) whenever a seller's status, kecamatan or scale changes,
 * so the catalogue can keep its copies on products (visibility, facets) in step.
 */
public record SellerProfileChanged(long sellerId) {
}
