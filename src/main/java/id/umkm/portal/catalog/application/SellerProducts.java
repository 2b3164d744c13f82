package id.umkm.portal.catalog.application;

import id.umkm.portal.catalog.domain.Product;
import id.umkm.portal.catalog.domain.ProductDetails;
import id.umkm.portal.catalog.domain.ProductNotFoundException;
import id.umkm.portal.catalog.domain.ProductPhotos;
import id.umkm.portal.catalog.domain.ProductRepository;
import id.umkm.portal.catalog.domain.ProductStatus;
import id.umkm.portal.catalog.domain.SellerPlacement;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.media.DatabaseMediaStore;
import id.umkm.portal.shared.media.StoredMedia;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * A seller's own products: every method starts from the logged-in account and reaches only that
 * account's seller's products. Pages, the API and the import share these rules.
 */
@ApplicationScoped
@Transactional
public class SellerProducts {

    public static final int LIST_LIMIT = 500;

    @Inject
    private ProductRepository products;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private DatabaseMediaStore media;

    @Inject
    private Clock clock;

    /** The account's seller profile, or a violation telling them to start one. */
    public SellerSummary sellerOf(long accountId) {
        return sellers.forAccount(accountId).orElseThrow(() -> new RuleViolation(null, "product.seller.noProfile"));
    }

    public List<ProductSnapshot> list(long accountId, ProductStatus status, String search) {
        long sellerId = sellerOf(accountId).id();
        return products.list(sellerId, status, search, LIST_LIMIT).stream()
                .map(p -> ProductSnapshot.of(p, p.getCoverMediaId() == null ? List.of() : List.of(p.getCoverMediaId())))
                .toList();
    }

    public ProductSnapshot get(long accountId, long productId) {
        Product product = owned(sellerOf(accountId).id(), productId);
        return ProductSnapshot.of(product, products.photos(productId));
    }

    public ProductSnapshot create(long accountId, ProductDetails details, List<Long> photoIds) {
        SellerSummary seller = sellerOf(accountId);
        ProductDetails valid = checked(seller.id(), details, null);
        Product product = new Product(seller.id(), valid, placement(seller), clock.instant());
        products.add(product);
        products.flushChecked();
        List<Long> photos = checkedPhotos(accountId, photoIds == null ? List.of() : photoIds);
        products.replacePhotos(product.getId(), photos);
        product.coverWith(photos.isEmpty() ? null : photos.get(0));
        products.flushChecked();
        return ProductSnapshot.of(product, photos);
    }

    /** An import row: created and, when asked, published in one transaction, or not at all. */
    public ProductSnapshot createImported(long accountId, ProductDetails details, boolean publish) {
        ProductSnapshot created = create(accountId, details, List.of());
        return publish ? changeStatus(accountId, created.id(), ProductStatus.PUBLISHED, null) : created;
    }

    /**
     * @param expectedVersion the version the seller edited; another save in between makes this one a
     *        conflict instead of silently overwriting it
     * @param photoIds the photos in order, or null to keep them as they are
     */
    public ProductSnapshot update(long accountId, long productId, int expectedVersion, ProductDetails details,
            List<Long> photoIds) {
        SellerSummary seller = sellerOf(accountId);
        Product product = owned(seller.id(), productId);
        expectVersion(product, expectedVersion);
        ProductDetails valid = checked(seller.id(), details, productId);
        List<Long> photos = photoIds == null ? products.photos(productId) : checkedPhotos(accountId, photoIds);
        product.describe(valid, clock.instant());
        product.place(placement(seller));
        if (photoIds != null) {
            product.coverWith(photos.isEmpty() ? null : photos.get(0));
        }
        // The versioned UPDATE goes first: a lost race ends here, before any photo row is touched.
        products.flushChecked();
        if (photoIds != null) {
            products.replacePhotos(productId, photos);
        }
        return ProductSnapshot.of(product, photos);
    }

    public ProductSnapshot changeStatus(long accountId, long productId, ProductStatus status, Integer expectedVersion) {
        if (status == null) {
            throw new RuleViolation("status", "product.status.required");
        }
        SellerSummary seller = sellerOf(accountId);
        Product product = owned(seller.id(), productId);
        if (expectedVersion != null) {
            expectVersion(product, expectedVersion);
        }
        product.changeStatus(status, placement(seller), clock.instant());
        products.flushChecked();
        return ProductSnapshot.of(product, products.photos(productId));
    }

    /** Stores the image (checked by content) and appends it to the product's photos, all or nothing. */
    public ProductSnapshot addPhoto(long accountId, long productId, String fileName, byte[] content) {
        Product product = owned(sellerOf(accountId).id(), productId);
        List<Long> photos = new ArrayList<>(products.photos(productId));
        if (photos.size() >= ProductPhotos.MAX) {
            throw new RuleViolation("photo", "product.photos.tooMany", ProductPhotos.MAX);
        }
        StoredMedia stored = media.store(accountId, fileName, content);
        photos.add(stored.id());
        product.coverWith(photos.get(0));
        product.touch(clock.instant());
        // The product's versioned UPDATE serialises concurrent uploads before the photo rows are rewritten.
        products.flushChecked();
        products.replacePhotos(productId, photos);
        return ProductSnapshot.of(product, photos);
    }

    /** For the edit page: the photo is stored now and attached when the product is saved. */
    public StoredMedia uploadPhoto(long accountId, String fileName, byte[] content) {
        sellerOf(accountId);
        return media.store(accountId, fileName, content);
    }

    private Product owned(long sellerId, long productId) {
        return products.find(sellerId, productId).orElseThrow(() -> new ProductNotFoundException(productId));
    }

    private static void expectVersion(Product product, int expectedVersion) {
        if (product.getVersion() != expectedVersion) {
            throw RuleViolation.conflict(null, "product.changedMeanwhile");
        }
    }

    private ProductDetails checked(long sellerId, ProductDetails details, Long productId) {
        if (details == null) {
            throw new RuleViolation("name", "product.name.required");
        }
        ProductDetails valid = details.validated();
        if (!products.categoryExists(valid.categoryId())) {
            throw new RuleViolation("categoryId", "product.category.unknown");
        }
        if (products.nameTaken(sellerId, valid.name(), productId)) {
            throw RuleViolation.conflict("name", "product.name.taken");
        }
        return valid;
    }

    private List<Long> checkedPhotos(long accountId, List<Long> photoIds) {
        List<Long> photos = ProductPhotos.checked(photoIds);
        if (!new HashSet<>(media.ownedBy(accountId, photos)).containsAll(photos)) {
            throw new RuleViolation("photo", "product.photos.notYours");
        }
        return photos;
    }

    static SellerPlacement placement(SellerSummary seller) {
        return new SellerPlacement(seller.kecamatanId(), seller.scale(), seller.isPublic());
    }
}
