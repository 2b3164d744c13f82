package id.umkm.portal.catalog.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The price ranges the catalogue counts products in. Each bucket runs from its lower bound
 * (inclusive) to the next one's (exclusive); the last is open-ended.
 */
public final class PriceBuckets {

    /** Lower bounds in rupiah. */
    private static final long[] LOWER = {0, 25_000, 50_000, 100_000, 250_000, 500_000};

    public record Bucket(int index, long min, Long maxExclusive) {

        /** The API's and the page URL's name of the range, e.g. "25000-49999" or "500000-". */
        public String key() {
            return min + "-" + (maxExclusive == null ? "" : String.valueOf(maxExclusive - 1));
        }

        /** The highest price in the bucket, null for the open-ended one. */
        public Long maxInclusive() {
            return maxExclusive == null ? null : maxExclusive - 1;
        }

        public boolean contains(long price) {
            return price >= min && (maxExclusive == null || price < maxExclusive);
        }
    }

    private static final List<Bucket> BUCKETS = buckets();

    private PriceBuckets() {
    }

    public static List<Bucket> all() {
        return BUCKETS;
    }

    public static int count() {
        return BUCKETS.size();
    }

    public static int indexOf(long price) {
        for (int i = LOWER.length - 1; i > 0; i--) {
            if (price >= LOWER[i]) {
                return i;
            }
        }
        return 0;
    }

    /** The same as {@link #indexOf} for SQL: a CASE over the column, highest bound first. */
    public static String sqlCase(String column) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = LOWER.length - 1; i > 0; i--) {
            sql.append(" WHEN ").append(column).append(" >= ").append(LOWER[i]).append(" THEN ").append(i);
        }
        return sql.append(" ELSE 0 END").toString();
    }

    private static List<Bucket> buckets() {
        List<Bucket> list = new ArrayList<>();
        for (int i = 0; i < LOWER.length; i++) {
            list.add(new Bucket(i, LOWER[i], i + 1 < LOWER.length ? LOWER[i + 1] : null));
        }
        return List.copyOf(list);
    }
}
