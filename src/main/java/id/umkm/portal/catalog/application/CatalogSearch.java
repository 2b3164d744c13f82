package id.umkm.portal.catalog.application;

import id.umkm.portal.catalog.domain.CatalogQuery;
import id.umkm.portal.catalog.domain.CatalogQueryParser;
import id.umkm.portal.catalog.domain.CatalogReference;
import id.umkm.portal.catalog.domain.FacetCube;
import id.umkm.portal.catalog.domain.MatchSet;
import id.umkm.portal.catalog.domain.SearchWords;
import id.umkm.portal.catalog.domain.TypoSuggester;
import id.umkm.portal.catalog.infrastructure.JdbcCatalogSearch;
import id.umkm.portal.catalog.infrastructure.JdbcCatalogVocabulary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public catalogue: searches over visible products (published, of verified sellers) with facet
 * counts, product pages and storefronts. Nothing here needs a login, and nothing that is not public is
 * ever returned.
 */
@ApplicationScoped
public class CatalogSearch {

    /** How many chunks of new product names a zero-result search may read before suggesting. */
    private static final int CATCH_UP_CHUNKS = 4;

    @Inject
    JdbcCatalogSearch store;

    @Inject
    JdbcCatalogVocabulary vocabulary;

    @Inject
    CatalogResultCache cache;

    @Inject
    PopularSearches popular;

    private record CubeKey(List<String> shortWords, Long minPrice, Long maxPrice) {
    }

    private record MatchKey(List<String> words) {
    }

    private volatile CatalogReference reference;

    /** Categories and kecamatan change only with a migration: read once. */
    public CatalogReference reference() {
        CatalogReference loaded = reference;
        if (loaded == null) {
            loaded = store.reference();
            reference = loaded;
        }
        return loaded;
    }

    public CatalogQueryParser parser() {
        return new CatalogQueryParser(reference());
    }

    /**
     * Texts with indexed words are answered from their {@link MatchSet} (one full-text query); browsing
     * and short words from SQL whose orders follow indexes, with a facet cube per text and price range.
     */
    public CatalogResult search(CatalogQuery q) {
        FacetCube cube;
        List<Long> ids;
        if (!q.words().isEmpty()) {
            MatchSet matches = matchSet(q);
            popular.searched(q.words(), matches.size());
            cube = matches.cube(q);
            ids = cube.total(q) > q.offset() ? matches.page(q) : List.of();
        } else {
            cube = cache.get(new CubeKey(q.shortWords(), q.minPrice(), q.maxPrice()), () -> store.cube(q), FacetCube::rows, FacetCube::cellCount);
            ids = cube.total(q) > q.offset() ? store.pageIds(q) : List.of();
        }
        long total = cube.total(q);
        List<CatalogItem> items = store.items(ids);
        String suggestion = total == 0 && !q.words().isEmpty() ? suggest(q).orElse(null) : null;
        return new CatalogResult(q, total, items, cube, suggestion);
    }

    private MatchSet matchSet(CatalogQuery q) {
        return cache.get(new MatchKey(q.words()), () -> store.matches(q).prepared(), MatchSet::size);
    }

    /**
     * Computes a text's match set if this server has none, or starts its refresh if it is stale, so that
     * visitors find it ready (see {@link PopularSearches}).
     */
    void warm(List<String> words) {
        CatalogQuery q = parser().parse(new CatalogQueryParser.Params(String.join(" ", words), null, null, null, null, null, null,
                null, null));
        if (q.words().equals(words)) {
            matchSet(q);
        }
    }

    public Optional<ProductDetail> product(long id) {
        return store.product(id);
    }

    public Optional<Storefront> storefront(String slug) {
        return store.storefront(slug);
    }

    /** A page of a storefront's products, newest first. */
    public StorefrontPage storefrontProducts(Storefront seller, int page, int size) {
        long total = store.countOfSeller(seller.id());
        int offset = (page - 1) * size;
        List<CatalogItem> items = total > offset ? store.items(store.pageOfSeller(seller.id(), offset, size)) : List.of();
        return new StorefrontPage(total, page, size, items);
    }

    public record StorefrontPage(long total, int page, int size, List<CatalogItem> items) {

        public int pages() {
            return (int) ((total + size - 1) / size);
        }
    }

    /**
     * Replaces each word the vocabulary does not know by its closest known word, and offers the result
     * only if it finds something with the same filters.
     */
    Optional<String> suggest(CatalogQuery q) {
        vocabulary.catchUp(CATCH_UP_CHUNKS);
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : SearchWords.words(q.text())) {
            String replacement = word;
            if (SearchWords.indexed(word)) {
                replacement = TypoSuggester.closest(word, vocabulary.candidates(word, TypoSuggester.maxDistance(word))).orElse(word);
            }
            changed |= !replacement.equals(word);
            corrected.add(replacement);
        }
        if (!changed) {
            return Optional.empty();
        }
        String text = String.join(" ", corrected);
        CatalogQuery retry = parser().parse(new CatalogQueryParser.Params(text, null, null, null, null, null, null, null, null));
        CatalogQuery withFilters = q.withText(text, retry.words(), retry.shortWords());
        MatchSet matches = matchSet(withFilters);
        return matches.cube(withFilters).total(withFilters) > 0 ? Optional.of(text) : Optional.empty();
    }
}
