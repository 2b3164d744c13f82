package id.umkm.portal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.RuleViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogQueryParserTest {

    private final CatalogQueryParser parser = new CatalogQueryParser(new CatalogReference(
            List.of(new CatalogReference.Category((short) 3, "keripik-dan-makanan-ringan", "Keripik dan Makanan Ringan", "Chips and Snacks")),
            List.of(new CatalogReference.Kecamatan((short) 2, "balikpapan-kota", "Balikpapan Kota"))));

    private static CatalogQueryParser.Params params(String q, String category, String kecamatan, String min, String max, String scale,
            String sort, String page, String size) {
        return new CatalogQueryParser.Params(q, category, kecamatan, min, max, scale, sort, page, size);
    }

    @Test
    void defaultsToNewestFirstPageOf24WithoutWords() {
        CatalogQuery q = parser.parse(params(null, null, null, null, null, null, null, null, null));
        assertThat(q.sort()).isEqualTo(CatalogSort.NEWEST);
        assertThat(q.page()).isEqualTo(1);
        assertThat(q.size()).isEqualTo(24);
        assertThat(q.hasText()).isFalse();
    }

    @Test
    void wordsDefaultToRelevanceAndShortOrStopWordsAreKeptApart() {
        CatalogQuery q = parser.parse(params("  Es Keripik-PISANG the ", null, null, null, null, null, null, null, null));
        assertThat(q.sort()).isEqualTo(CatalogSort.RELEVANCE);
        assertThat(q.words()).containsExactly("keripik", "pisang");
        assertThat(q.shortWords()).containsExactly("es", "the");
    }

    @Test
    void resolvesSlugsScaleAndPrices() {
        CatalogQuery q = parser.parse(params("amplang", "keripik-dan-makanan-ringan", "balikpapan-kota", "10000", "50000", "micro",
                "price-desc", "2", "12"));
        assertThat(q.categoryId()).isEqualTo((short) 3);
        assertThat(q.kecamatanId()).isEqualTo((short) 2);
        assertThat(q.minPrice()).isEqualTo(10_000L);
        assertThat(q.maxPrice()).isEqualTo(50_000L);
        assertThat(q.scale()).isEqualTo("MICRO");
        assertThat(q.sort()).isEqualTo(CatalogSort.PRICE_DESC);
        assertThat(q.offset()).isEqualTo(12);
    }

    @Test
    void capsTheSizeAt48() {
        assertThat(parser.parse(params(null, null, null, null, null, null, null, null, "500")).size()).isEqualTo(48);
    }

    @Test
    void relevanceWithoutWordsFallsBackToNewest() {
        assertThat(parser.parse(params(null, null, null, null, null, null, "relevance", null, null)).sort()).isEqualTo(CatalogSort.NEWEST);
    }

    @Test
    void refusesEachBadParameterByName() {
        assertRefused(params(null, null, null, null, null, null, "cheapest", null, null), "sort", "catalog.error.unknownSort");
        assertRefused(params(null, null, null, "-1", null, null, null, null, null), "minPrice", "catalog.error.negativePrice");
        assertRefused(params(null, null, null, null, "abc", null, null, null, null), "maxPrice", "catalog.error.notANumber");
        assertRefused(params(null, null, null, "50000", "10000", null, null, null, null), "minPrice", "catalog.error.priceOrder");
        assertRefused(params(null, null, null, null, null, null, null, "0", null), "page", "catalog.error.notPositive");
        assertRefused(params(null, null, null, null, null, null, null, "x", null), "page", "catalog.error.notANumber");
        assertRefused(params(null, null, null, null, null, null, null, null, "-5"), "size", "catalog.error.notPositive");
        assertRefused(params(null, "sepatu-roda", null, null, null, null, null, null, null), "category", "catalog.error.unknownCategory");
        assertRefused(params(null, null, "jakarta", null, null, null, null, null, null), "kecamatan", "catalog.error.unknownKecamatan");
        assertRefused(params(null, null, null, null, null, "huge", null, null, null), "scale", "catalog.error.unknownScale");
        assertRefused(params("x".repeat(101), null, null, null, null, null, null, null, null), "q", "catalog.error.qTooLong");
    }

    @Test
    void refusesPagesBeyondTheFirstTenThousandResults() {
        assertThat(parser.parse(params(null, null, null, null, null, null, null, "417", "24")).offset()).isEqualTo(9_984);
        assertRefused(params(null, null, null, null, null, null, null, "418", "24"), "page", "catalog.error.pageTooDeep");
    }

    private void assertRefused(CatalogQueryParser.Params p, String field, String key) {
        assertThatThrownBy(() -> parser.parse(p)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.messageKey()).isEqualTo(key);
        });
    }
}
