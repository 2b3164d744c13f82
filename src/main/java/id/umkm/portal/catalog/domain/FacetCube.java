package id.umkm.portal.catalog.domain;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Counts of the products matching a text (and price range), by category x kecamatan x seller scale x
 * price bucket: at most 38 x 6 x 3 x 6 cells, from one GROUP BY. Every facet and the total follow from
 * it for any choice of filters, each facet counted with the other filters applied, so one cube serves
 * every filter combination of the same text.
 */
public final class FacetCube {

    /** @param inRange whether these products' prices lie in the query's price range (always true without one) */
    public record Cell(short categoryId, short kecamatanId, String scale, int bucket, boolean inRange, long count) {
    }

    private final List<Cell> cells;

    public FacetCube(List<Cell> cells) {
        this.cells = List.copyOf(cells);
    }

    /** Every product the cube counted, whatever the filters. */
    public long rows() {
        return cells.stream().mapToLong(Cell::count).sum();
    }

    /** What the cube keeps in memory: a cell per category, kecamatan, scale and price bucket present. */
    public long cellCount() {
        return cells.size();
    }

    public long total(CatalogQuery q) {
        return cells.stream().filter(c -> category(q, c) && kecamatan(q, c) && scale(q, c) && c.inRange())
                .mapToLong(Cell::count).sum();
    }

    public Map<Short, Long> categories(CatalogQuery q) {
        return sum(c -> kecamatan(q, c) && scale(q, c) && c.inRange(), Cell::categoryId);
    }

    public Map<Short, Long> kecamatan(CatalogQuery q) {
        return sum(c -> category(q, c) && scale(q, c) && c.inRange(), Cell::kecamatanId);
    }

    public Map<String, Long> scales(CatalogQuery q) {
        return sum(c -> category(q, c) && kecamatan(q, c) && c.inRange(), Cell::scale);
    }

    /** Price buckets ignore the price range: they are how a visitor picks one. */
    public Map<Integer, Long> priceBuckets(CatalogQuery q) {
        return sum(c -> category(q, c) && kecamatan(q, c) && scale(q, c), Cell::bucket);
    }

    private <K extends Comparable<K>> Map<K, Long> sum(Predicate<Cell> filter, Function<Cell, K> key) {
        Map<K, Long> counts = new TreeMap<>();
        for (Cell c : cells) {
            if (filter.test(c)) {
                counts.merge(key.apply(c), c.count(), Long::sum);
            }
        }
        return counts;
    }

    private static boolean category(CatalogQuery q, Cell c) {
        return q.categoryId() == null || q.categoryId() == c.categoryId();
    }

    private static boolean kecamatan(CatalogQuery q, Cell c) {
        return q.kecamatanId() == null || q.kecamatanId() == c.kecamatanId();
    }

    private static boolean scale(CatalogQuery q, Cell c) {
        return q.scale() == null || q.scale().equals(c.scale());
    }
}
