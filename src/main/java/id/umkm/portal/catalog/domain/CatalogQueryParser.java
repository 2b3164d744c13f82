package id.umkm.portal.catalog.domain;

import id.umkm.portal.shared.domain.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns request parameters (as text, straight from the URL) into a {@link CatalogQuery}, or refuses
 * the first bad one with a {@link RuleViolation} naming it. Field names are the API's; the pages map
 * their own parameter names onto these.
 */
public final class CatalogQueryParser {

    public record Params(String q, String category, String kecamatan, String minPrice, String maxPrice, String scale,
            String sort, String page, String size) {
    }

    private static final Set<String> SCALES = Set.of("MICRO", "SMALL", "MEDIUM");

    private final CatalogReference reference;

    public CatalogQueryParser(CatalogReference reference) {
        this.reference = reference;
    }

    public CatalogQuery parse(Params p) {
        String text = blankToNull(p.q());
        if (text != null && text.length() > CatalogQuery.MAX_TEXT_LENGTH) {
            throw new RuleViolation("q", "catalog.error.qTooLong", CatalogQuery.MAX_TEXT_LENGTH);
        }
        List<String> words = new ArrayList<>();
        List<String> shortWords = new ArrayList<>();
        for (String word : SearchWords.words(text)) {
            if (words.size() + shortWords.size() == SearchWords.MAX_QUERY_WORDS) {
                break;
            }
            (SearchWords.indexed(word) ? words : shortWords).add(word);
        }
        Short category = blankToNull(p.category()) == null ? null : reference.categoryBySlug(p.category().trim())
                .orElseThrow(() -> new RuleViolation("category", "catalog.error.unknownCategory", p.category().trim())).id();
        Short kecamatan = blankToNull(p.kecamatan()) == null ? null : reference.kecamatanBySlug(p.kecamatan().trim())
                .orElseThrow(() -> new RuleViolation("kecamatan", "catalog.error.unknownKecamatan", p.kecamatan().trim())).id();
        Long minPrice = price("minPrice", p.minPrice());
        Long maxPrice = price("maxPrice", p.maxPrice());
        if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
            throw new RuleViolation("minPrice", "catalog.error.priceOrder");
        }
        String scale = null;
        if (blankToNull(p.scale()) != null) {
            scale = p.scale().trim().toUpperCase(Locale.ROOT);
            if (!SCALES.contains(scale)) {
                throw new RuleViolation("scale", "catalog.error.unknownScale", p.scale().trim());
            }
        }
        boolean hasText = !words.isEmpty() || !shortWords.isEmpty();
        CatalogSort sort = hasText ? CatalogSort.RELEVANCE : CatalogSort.NEWEST;
        if (blankToNull(p.sort()) != null) {
            sort = CatalogSort.fromApi(p.sort().trim())
                    .orElseThrow(() -> new RuleViolation("sort", "catalog.error.unknownSort", p.sort().trim()));
            if (sort == CatalogSort.RELEVANCE && !hasText) {
                sort = CatalogSort.NEWEST;
            }
        }
        int size = Math.min(CatalogQuery.MAX_SIZE, positiveInt("size", p.size(), CatalogQuery.DEFAULT_SIZE));
        int page = positiveInt("page", p.page(), 1);
        if ((long) (page - 1) * size >= CatalogQuery.MAX_OFFSET) {
            throw new RuleViolation("page", "catalog.error.pageTooDeep", CatalogQuery.MAX_OFFSET / size);
        }
        return new CatalogQuery(text, words, shortWords, category, kecamatan, minPrice, maxPrice, scale, sort, page, size);
    }

    private static Long price(String field, String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        long price;
        try {
            price = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "catalog.error.notANumber", value.trim());
        }
        if (price < 0) {
            throw new RuleViolation(field, "catalog.error.negativePrice");
        }
        return price;
    }

    private static int positiveInt(String field, String value, int fallback) {
        if (blankToNull(value) == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new RuleViolation(field, "catalog.error.notANumber", value.trim());
        }
        if (n < 1) {
            throw new RuleViolation(field, "catalog.error.notPositive");
        }
        return n;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
