package id.umkm.portal.catalog.application;

import id.umkm.portal.catalog.domain.CatalogUrls;

/** A verified seller's public profile: what the storefront page shows above the seller's products. */
public record Storefront(long id, String slug, String businessName, Short kecamatanId, String kelurahan, Short categoryId,
        boolean nibVerified, String description, Long logoMediaId) {

    public String url() {
        return CatalogUrls.store(slug);
    }

    public String logoUrl() {
        return logoMediaId == null ? null : "/media/" + logoMediaId + "/thumb";
    }
}
