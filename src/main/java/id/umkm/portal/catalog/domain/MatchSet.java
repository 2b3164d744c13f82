package id.umkm.portal.catalog.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Every visible product matching a text, with what filtering, counting and sorting need (no names),
 * read in one full-text query. A common word matches tens of thousands of products; MATCH then costs a
 * row look-up per match, so the set is read once and every filter, facet, sort and page of that text
 * is answered from it in memory. Filled once by {@link #add}, then only read: sort orders and the cube
 * without price range are computed on first use and kept (racing threads compute the same result).
 */
public final class MatchSet {

    private static final String[] SCALES = {"MICRO", "SMALL", "MEDIUM"};

    private final long[] ids;
    private final short[] categories;
    private final short[] kecamatan;
    private final byte[] scales;
    private final long[] prices;
    private final long[] published;
    private final boolean[] nameMatches;
    private final double[] scores;
    private int size;
    private final Map<CatalogSort, int[]> orders = new ConcurrentHashMap<>();
    private volatile FacetCube unrangedCube;

    public MatchSet(int capacity) {
        ids = new long[capacity];
        categories = new short[capacity];
        kecamatan = new short[capacity];
        scales = new byte[capacity];
        prices = new long[capacity];
        published = new long[capacity];
        nameMatches = new boolean[capacity];
        scores = new double[capacity];
    }

    /** Adds a match; nameScore is the relevance of the name alone, textScore that of name and description. */
    public void add(long id, short category, short kecamatanId, String scale, long price, long publishedMillis, double nameScore,
            double textScore) {
        ids[size] = id;
        categories[size] = category;
        kecamatan[size] = kecamatanId;
        scales[size] = (byte) Arrays.asList(SCALES).indexOf(scale);
        prices[size] = price;
        published[size] = publishedMillis;
        nameMatches[size] = nameScore > 0;
        scores[size] = 3 * nameScore + textScore;
        size++;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return ids.length;
    }

    /** A copy with twice the room, for reading a result set of unknown length. */
    public MatchSet grown() {
        return copy(ids.length * 2);
    }

    public MatchSet trimmed() {
        return size == ids.length ? this : copy(size);
    }

    private MatchSet copy(int capacity) {
        MatchSet copy = new MatchSet(capacity);
        for (int i = 0; i < size; i++) {
            copy.ids[i] = ids[i];
            copy.categories[i] = categories[i];
            copy.kecamatan[i] = kecamatan[i];
            copy.scales[i] = scales[i];
            copy.prices[i] = prices[i];
            copy.published[i] = published[i];
            copy.nameMatches[i] = nameMatches[i];
            copy.scores[i] = scores[i];
        }
        copy.size = size;
        return copy;
    }

    /**
     * Sorts by relevance (the default order) and counts the cube now, once for all the visitors who read
     * the set; the other orders are sorted by the first request that needs them.
     */
    public MatchSet prepared() {
        order(CatalogSort.RELEVANCE);
        if (unrangedCube == null) {
            unrangedCube = count(null);
        }
        return this;
    }

    /** The facet cube for the query's price range (the query's other filters are applied by the cube). */
    public FacetCube cube(CatalogQuery q) {
        if (!q.hasPriceRange()) {
            FacetCube cube = unrangedCube;
            if (cube == null) {
                cube = count(q);
                unrangedCube = cube;
            }
            return cube;
        }
        return count(q);
    }

    private FacetCube count(CatalogQuery q) {
        record Key(short category, short kecamatan, byte scale, int bucket, boolean inRange) {
        }
        Map<Key, Long> counts = new HashMap<>();
        for (int i = 0; i < size; i++) {
            counts.merge(new Key(categories[i], kecamatan[i], scales[i], PriceBuckets.indexOf(prices[i]), q == null || q.inPriceRange(prices[i])),
                    1L, Long::sum);
        }
        List<FacetCube.Cell> cells = new ArrayList<>();
        counts.forEach((k, n) -> cells.add(new FacetCube.Cell(k.category(), k.kecamatan(), SCALES[k.scale()], k.bucket(), k.inRange(), n)));
        return new FacetCube(cells);
    }

    /** The ids of the query's page: its filters applied, in its order, walking that order until the page is full. */
    public List<Long> page(CatalogQuery q) {
        byte scale = q.scale() == null ? -1 : (byte) Arrays.asList(SCALES).indexOf(q.scale());
        int[] order = order(q.sort());
        List<Long> page = new ArrayList<>(q.size());
        int skipped = 0;
        for (int n = 0; n < size && page.size() < q.size(); n++) {
            int i = order[n];
            if ((q.categoryId() == null || categories[i] == q.categoryId()) && (q.kecamatanId() == null || kecamatan[i] == q.kecamatanId())
                    && (scale < 0 || scales[i] == scale) && q.inPriceRange(prices[i])) {
                if (skipped < q.offset()) {
                    skipped++;
                } else {
                    page.add(ids[i]);
                }
            }
        }
        return page;
    }

    /** The positions of all matches in the given order, sorted once per set and order. */
    private int[] order(CatalogSort sort) {
        int[] order = orders.get(sort);
        // One thread sorts, the others asking for the same order wait for it instead of sorting too.
        return order != null ? order : orders.computeIfAbsent(sort, this::sorted);
    }

    private int[] sorted(CatalogSort sort) {
        PackedOrder packed = PackedOrder.byIds(ids, size);
        int[] order = packed == null ? null : switch (sort) {
            case RELEVANCE -> packed.sort(relevanceKeys(), true, true);
            case NEWEST -> packed.sort(published, true, true);
            case PRICE_ASC -> packed.sort(prices, false, false);
            case PRICE_DESC -> packed.sort(prices, true, true);
        };
        return order != null ? order : IntStream.range(0, size).boxed().sorted(comparator(sort)).mapToInt(Integer::intValue).toArray();
    }

    /** A name match always ranks above a description-only match; then the weighted scores. */
    private long[] relevanceKeys() {
        long[] scoreRanks = PackedOrder.ranks(scores, size);
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (nameMatches[i] ? 1L << 22 : 0) | scoreRanks[i];
        }
        return keys;
    }

    /** The same orders for sets too large to pack (more than two million matches). */
    private Comparator<Integer> comparator(CatalogSort sort) {
        Comparator<Integer> byIdDesc = Comparator.comparingLong((Integer i) -> ids[i]).reversed();
        return switch (sort) {
            case RELEVANCE -> Comparator.comparing((Integer i) -> !nameMatches[i])
                    .thenComparing(Comparator.comparingDouble((Integer i) -> scores[i]).reversed()).thenComparing(byIdDesc);
            case NEWEST -> Comparator.comparingLong((Integer i) -> published[i]).reversed().thenComparing(byIdDesc);
            case PRICE_ASC -> Comparator.comparingLong((Integer i) -> prices[i]).thenComparingLong(i -> ids[i]);
            case PRICE_DESC -> Comparator.comparingLong((Integer i) -> prices[i]).reversed().thenComparing(byIdDesc);
        };
    }
}
