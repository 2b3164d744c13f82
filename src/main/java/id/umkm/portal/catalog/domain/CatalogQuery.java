package id.umkm.portal.catalog.domain;

import java.util.List;

/**
 * One validated catalogue request. {@code words} are those the full-text index holds; when the text
 * has only shorter words ({@code shortWords}, e.g. "es"), names starting with the first are matched.
 */
public record CatalogQuery(String text, List<String> words, List<String> shortWords, Short categoryId, Short kecamatanId,
        Long minPrice, Long maxPrice, String scale, CatalogSort sort, int page, int size) {

    public static final int DEFAULT_SIZE = 24;
    public static final int MAX_SIZE = 48;
    /** Deeper pages cost the database more than anyone reads: results stop at this offset. */
    public static final int MAX_OFFSET = 10_000;
    public static final int MAX_TEXT_LENGTH = 100;

    public CatalogQuery {
        words = List.copyOf(words);
        shortWords = List.copyOf(shortWords);
    }

    public boolean hasText() {
        return !words.isEmpty() || !shortWords.isEmpty();
    }

    public boolean hasPriceRange() {
        return minPrice != null || maxPrice != null;
    }

    public int offset() {
        return (page - 1) * size;
    }

    public boolean inPriceRange(long price) {
        return (minPrice == null || price >= minPrice) && (maxPrice == null || price <= maxPrice);
    }

    /** The same request for another text (a suggestion), page 1. */
    public CatalogQuery withText(String otherText, List<String> otherWords, List<String> otherShortWords) {
        return new CatalogQuery(otherText, otherWords, otherShortWords, categoryId, kecamatanId, minPrice, maxPrice, scale,
                sort, 1, size);
    }

    public CatalogQuery withPage(int otherPage) {
        return new CatalogQuery(text, words, shortWords, categoryId, kecamatanId, minPrice, maxPrice, scale, sort, otherPage, size);
    }
}
