package id.umkm.portal.catalog.application;

import id.umkm.portal.catalog.domain.Product;
import id.umkm.portal.catalog.domain.ProductStatus;
import id.umkm.portal.catalog.domain.VariantSpec;
import id.umkm.portal.shared.domain.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A product as pages and the API show it to its seller, read inside the transaction. */
public record ProductSnapshot(long id, String name, String slug, String description, short categoryId, Money price,
        int stock, String unit, Integer weightGrams, ProductStatus status, boolean visible, boolean hasVariants,
        List<VariantSpec> variants, List<Long> photoIds, int version, String path, Instant updatedAt) implements Serializable {

    static ProductSnapshot of(Product p, List<Long> photoIds) {
        return new ProductSnapshot(p.getId(), p.getName(), p.getSlug(), p.getDescription(), p.getCategoryId(),
                p.getPrice(), p.getStock(), p.getUnit(), p.getWeightGrams(), p.getStatus(), p.isVisible(),
                p.isHasVariants(), p.getVariants().stream().map(v -> v.spec()).toList(), List.copyOf(photoIds),
                p.getVersion(), p.path(), p.getUpdatedAt());
    }

    public Long coverMediaId() {
        return photoIds.isEmpty() ? null : photoIds.get(0);
    }
}
