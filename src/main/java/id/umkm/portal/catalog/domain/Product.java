package id.umkm.portal.catalog.domain;

import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A seller's product. Keeps copies of its seller's kecamatan and scale and the derived "visible"
 * flag (published and seller verified) so the public catalogue filters on this one table.
 */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seller_id", nullable = false, updatable = false)
    private long sellerId;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "slug", nullable = false)
    private String slug;

    @Column(name = "description")
    private String description;

    @Column(name = "category_id", nullable = false)
    private short categoryId;

    @Column(name = "price_rupiah", nullable = false)
    private long priceRupiah;

    @Column(name = "stock", nullable = false)
    private int stock;

    @Column(name = "unit", nullable = false)
    private String unit;

    @Column(name = "weight_grams")
    private Integer weightGrams;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ProductStatus status;

    @Column(name = "has_variants", nullable = false)
    private boolean hasVariants;

    @Column(name = "cover_media_id")
    private Long coverMediaId;

    @Column(name = "kecamatan_id")
    private Short kecamatanId;

    @Column(name = "seller_scale")
    private String sellerScale;

    @Column(name = "visible", nullable = false)
    private boolean visible;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ProductVariant> variants = new ArrayList<>();

    protected Product() {
    }

    public Product(long sellerId, ProductDetails details, SellerPlacement seller, Instant now) {
        this.sellerId = sellerId;
        this.status = ProductStatus.DRAFT;
        this.createdAt = now;
        describe(details, now);
        place(seller);
    }

    /** Applies already validated details; variants are matched by size and colour so their rows stay put. */
    public void describe(ProductDetails details, Instant now) {
        this.name = details.name();
        this.slug = ProductSlug.of(details.name());
        this.description = details.description();
        this.categoryId = details.categoryId();
        this.priceRupiah = details.priceRupiah();
        this.stock = details.stock();
        this.unit = details.unit();
        this.weightGrams = details.weightGrams();
        this.hasVariants = details.hasVariants();
        replaceVariants(details.variants());
        this.updatedAt = now;
    }

    private void replaceVariants(List<VariantSpec> specs) {
        Map<String, ProductVariant> existing = variants.stream()
                .collect(Collectors.toMap(ProductVariant::key, Function.identity()));
        List<ProductVariant> next = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            VariantSpec spec = specs.get(i);
            ProductVariant variant = existing.remove(spec.key());
            if (variant == null) {
                variant = new ProductVariant(this, spec, i);
            } else {
                variant.apply(spec, i);
            }
            next.add(variant);
        }
        variants.retainAll(next);
        for (ProductVariant variant : next) {
            if (!variants.contains(variant)) {
                variants.add(variant);
            }
        }
        variants.sort((a, b) -> Integer.compare(a.getSortOrder(), b.getSortOrder()));
    }

    public void changeStatus(ProductStatus wanted, SellerPlacement seller, Instant now) {
        if (wanted == ProductStatus.PUBLISHED && status != ProductStatus.PUBLISHED) {
            if (seller.kecamatanId() == null || seller.scale() == null) {
                throw new RuleViolation("status", "product.publish.sellerProfileIncomplete");
            }
            if (priceRupiah < 1 || stock < 0 || name == null || name.isBlank()) {
                throw new RuleViolation("status", "product.publish.incomplete");
            }
            publishedAt = now;
        }
        status = wanted;
        updatedAt = now;
        place(seller);
    }

    /** Copies what the catalogue filters on from the seller, and decides whether the public sees it. */
    public void place(SellerPlacement seller) {
        this.kecamatanId = seller.kecamatanId();
        this.sellerScale = seller.scale();
        this.visible = status == ProductStatus.PUBLISHED && seller.verified()
                && seller.kecamatanId() != null && seller.scale() != null;
    }

    public void coverWith(Long mediaId) {
        this.coverMediaId = mediaId;
    }

    /** Counts a change made beside the entity (its photos) as a change of the product. */
    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public ProductDetails details() {
        return new ProductDetails(name, description, categoryId, priceRupiah, stock, unit, weightGrams,
                variants.stream().map(ProductVariant::spec).toList());
    }

    public Long getId() {
        return id;
    }

    public long getSellerId() {
        return sellerId;
    }

    public String getName() {
        return name;
    }

    public String getSlug() {
        return slug;
    }

    public String getDescription() {
        return description;
    }

    public short getCategoryId() {
        return categoryId;
    }

    public Money getPrice() {
        return Money.rupiah(priceRupiah);
    }

    public int getStock() {
        return stock;
    }

    public String getUnit() {
        return unit;
    }

    public Integer getWeightGrams() {
        return weightGrams;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public boolean isHasVariants() {
        return hasVariants;
    }

    public Long getCoverMediaId() {
        return coverMediaId;
    }

    public boolean isVisible() {
        return visible;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }

    public List<ProductVariant> getVariants() {
        return Collections.unmodifiableList(variants);
    }

    /** The public page's address. */
    public String path() {
        return "/p/" + id + "-" + slug;
    }
}
