package id.umkm.portal.catalog.application;

import id.umkm.portal.catalog.domain.CatalogUrls;
import java.time.Instant;
import java.util.List;

/** A public product page's content: the product, its variants and photos, and its (verified) seller. */
public record ProductDetail(long id, String name, String slug, String description, long priceRupiah, int stock, String unit,
        Integer weightGrams, short categoryId, short kecamatanId, Instant publishedAt, List<Variant> variants,
        List<Long> photoMediaIds, Seller seller) {

    public record Variant(String size, String colour, long priceRupiah, int stock) {
    }

    public record Seller(long id, String slug, String businessName, boolean nibVerified, String kelurahan) {

        public String url() {
            return CatalogUrls.store(slug);
        }
    }

    public String url() {
        return CatalogUrls.product(id, slug);
    }
}
