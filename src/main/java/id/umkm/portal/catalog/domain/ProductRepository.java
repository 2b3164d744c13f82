package id.umkm.portal.catalog.domain;

import java.util.List;
import java.util.Optional;

/** Products, always looked up within one seller: another seller's product simply does not exist here. */
public interface ProductRepository {

    Optional<Product> find(long sellerId, long productId);

    List<Product> list(long sellerId, ProductStatus status, String nameContains, int limit);

    boolean nameTaken(long sellerId, String name, Long exceptProductId);

    void add(Product product);

    List<Long> photos(long productId);

    void replacePhotos(long productId, List<Long> mediaIds);

    /** Recomputes the seller's copies and visibility on all the seller's products in one statement. */
    int followSeller(long sellerId);

    boolean categoryExists(short categoryId);

    /**
     * Writes pending changes now, so a lost race shows as a rule violation: the product changed
     * meanwhile (version) or the seller already has a product of this name (unique key).
     */
    void flushChecked();
}
