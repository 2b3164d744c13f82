package id.umkm.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.catalog.domain.Product;
import id.umkm.portal.catalog.domain.ProductDetails;
import id.umkm.portal.catalog.domain.ProductSlug;
import id.umkm.portal.catalog.domain.ProductStatus;
import id.umkm.portal.catalog.domain.SellerPlacement;
import id.umkm.portal.catalog.domain.VariantSpec;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductDetailsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final short KUE = 1;

    private static ProductDetails plain(Long price, Integer stock) {
        return new ProductDetails("  Kue   Bingka Kentang ", null, KUE, price, stock, "PCS", 300, List.of());
    }

    @Test
    void aPlainProductKeepsItsPriceAndStockAndCleansItsName() {
        ProductDetails valid = plain(25_000L, 10).validated();
        assertThat(valid.name()).isEqualTo("Kue Bingka Kentang");
        assertThat(valid.unit()).isEqualTo("pcs");
        assertThat(valid.priceRupiah()).isEqualTo(25_000L);
        assertThat(valid.stock()).isEqualTo(10);
    }

    @Test
    void priceMustBePositiveAndSane() {
        assertViolation(plain(0L, 1), "price", "product.price.required");
        assertViolation(plain(null, 1), "price", "product.price.required");
        assertViolation(plain(-5L, 1), "price", "product.price.required");
        assertViolation(plain(ProductDetails.MAX_PRICE + 1, 1), "price", "product.price.tooHigh");
        assertThat(plain(ProductDetails.MAX_PRICE, 0).validated().priceRupiah()).isEqualTo(ProductDetails.MAX_PRICE);
    }

    @Test
    void stockNameCategoryUnitAndWeightHaveRules() {
        assertViolation(plain(1000L, -1), "stock", "product.stock.range");
        assertViolation(new ProductDetails("Ab", null, KUE, 1000L, 1, "pcs", null, List.of()), "name", "product.name.required");
        assertViolation(new ProductDetails("Amplang", null, null, 1000L, 1, "pcs", null, List.of()), "categoryId", "product.category.required");
        assertViolation(new ProductDetails("Amplang", null, KUE, 1000L, 1, "karung", null, List.of()), "unit", "product.unit.unknown");
        assertViolation(new ProductDetails("Amplang", null, KUE, 1000L, 1, "pcs", 0, List.of()), "weightGrams", "product.weight.range");
    }

    @Test
    void withVariantsThePriceIsTheCheapestAndTheStockTheSum() {
        ProductDetails shirt = new ProductDetails("Kemeja Batik Kuntul Perak", null, (short) 11, 1L, 999, "pcs", 250, List.of(
                new VariantSpec("M", "Biru", 185_000L, 3),
                new VariantSpec("L", "Biru", 195_000L, 2),
                new VariantSpec("S", "", 175_000L, 0))).validated();
        assertThat(shirt.priceRupiah()).isEqualTo(175_000L);
        assertThat(shirt.stock()).isEqualTo(5);
        assertThat(shirt.hasVariants()).isTrue();
    }

    @Test
    void variantsNeedANameAPriceAndNoTwins() {
        assertViolation(withVariants(new VariantSpec(" ", null, 1000L, 1)), "variants", "product.variant.nameRequired");
        assertViolation(withVariants(new VariantSpec("M", "", 0L, 1)), "variants", "product.price.required");
        assertViolation(withVariants(new VariantSpec("M", "", 1000L, -2)), "variants", "product.stock.range");
        assertViolation(withVariants(new VariantSpec("M", "Merah", 1000L, 1), new VariantSpec("m", "merah ", 2000L, 1)),
                "variants", "product.variant.duplicate");
    }

    @Test
    void visibleOnlyWhenPublishedAndTheSellerIsVerified() {
        SellerPlacement unverified = new SellerPlacement((short) 3, "MICRO", false);
        SellerPlacement verified = new SellerPlacement((short) 3, "MICRO", true);
        Product product = new Product(7L, plain(25_000L, 4).validated(), verified, NOW);
        assertThat(product.isVisible()).as("a draft").isFalse();

        product.changeStatus(ProductStatus.PUBLISHED, unverified, NOW);
        assertThat(product.isVisible()).isFalse();
        product.place(verified);
        assertThat(product.isVisible()).isTrue();
        product.changeStatus(ProductStatus.ARCHIVED, verified, NOW);
        assertThat(product.isVisible()).isFalse();
        assertThat(product.getPrice()).isEqualTo(Money.rupiah(25_000));
    }

    @Test
    void publishingNeedsTheSellersKecamatanAndScale() {
        Product product = new Product(7L, plain(25_000L, 4).validated(), new SellerPlacement(null, null, false), NOW);
        assertThatThrownBy(() -> product.changeStatus(ProductStatus.PUBLISHED, new SellerPlacement(null, null, false), NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("product.publish.sellerProfileIncomplete"));
        assertThat(product.getStatus()).isEqualTo(ProductStatus.DRAFT);
    }

    @Test
    void slugsAreReadableAsciiWithoutAccents() {
        assertThat(ProductSlug.of("Kue Bingka Kentang (Isi 8)")).isEqualTo("kue-bingka-kentang-isi-8");
        assertThat(ProductSlug.of("Café Kopi & Gula Aren")).isEqualTo("cafe-kopi-dan-gula-aren");
        assertThat(ProductSlug.of("!!!")).isEqualTo("produk");
        assertThat(ProductSlug.of("a".repeat(300))).hasSize(150);
    }

    private static ProductDetails withVariants(VariantSpec... variants) {
        return new ProductDetails("Kaos Beruang Madu", null, (short) 12, null, null, "pcs", null, List.of(variants));
    }

    private static void assertViolation(ProductDetails details, String field, String key) {
        assertThatThrownBy(details::validated).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo(key);
        });
    }
}
