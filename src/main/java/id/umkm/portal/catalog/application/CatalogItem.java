package id.umkm.portal.catalog.application;

import id.umkm.portal.catalog.domain.CatalogUrls;

/** A product as the catalogue lists it: a card on the pages, an item in the API. */
public record CatalogItem(long id, String name, String slug, long priceRupiah, int stock, short categoryId, short kecamatanId,
        long sellerId, String sellerName, String sellerSlug, Long coverMediaId) {

    public String url() {
        return CatalogUrls.product(id, slug);
    }

    public String storeUrl() {
        return CatalogUrls.store(sellerSlug);
    }

    /** The cover's thumbnail, or null when the product has no photo (pages then show a placeholder). */
    public String thumbnailUrl() {
        return coverMediaId == null ? null : "/media/" + coverMediaId + "/thumb";
    }
}
