package id.umkm.portal.catalog.domain;

import java.util.Arrays;

/**
 * Orders the positions of a match set by a key and then by product id with primitive sorts: each position
 * becomes one long (key in the high bits, its id's rank in the low ones). A comparator over boxed
 * positions took about a second for the 440,000 matches of a common text; this takes a few dozen ms.
 */
final class PackedOrder {

    private static final int POSITION_BITS = 21;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
    /** Keys must be below this (2^42: a price in rupiah, or epoch milliseconds until 2109). */
    private static final long KEY_LIMIT = 1L << (63 - POSITION_BITS);

    private final int size;
    /** Position of the match with the n-th smallest id. */
    private final int[] byIdRank;
    private final int[] idRank;

    private PackedOrder(int size, int[] byIdRank, int[] idRank) {
        this.size = size;
        this.byIdRank = byIdRank;
        this.idRank = idRank;
    }

    /** The id ranks of the first {@code size} matches, or null when they are too many or an id too large to pack. */
    static PackedOrder byIds(long[] ids, int size) {
        if (size > POSITION_MASK + 1) {
            return null;
        }
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
            if (ids[i] < 0 || ids[i] >= KEY_LIMIT) {
                return null;
            }
            packed[i] = ids[i] << POSITION_BITS | i;
        }
        Arrays.sort(packed);
        int[] byIdRank = new int[size];
        int[] idRank = new int[size];
        for (int rank = 0; rank < size; rank++) {
            int position = (int) (packed[rank] & POSITION_MASK);
            byIdRank[rank] = position;
            idRank[position] = rank;
        }
        return new PackedOrder(size, byIdRank, idRank);
    }

    /** Positions by key (ascending or descending), ties by id (ascending or descending); null if a key does not fit. */
    int[] sort(long[] keys, boolean keyDescending, boolean idDescending) {
        long[] packed = new long[size];
        for (int i = 0; i < size; i++) {
            if (keys[i] < 0 || keys[i] >= KEY_LIMIT) {
                return null;
            }
            long key = keyDescending ? KEY_LIMIT - 1 - keys[i] : keys[i];
            long tie = idDescending ? size - 1 - idRank[i] : idRank[i];
            packed[i] = key << POSITION_BITS | tie;
        }
        Arrays.sort(packed);
        int[] order = new int[size];
        for (int n = 0; n < size; n++) {
            long tie = packed[n] & POSITION_MASK;
            order[n] = byIdRank[(int) (idDescending ? size - 1 - tie : tie)];
        }
        return order;
    }

    /** Dense ranks of the values, equal values sharing a rank (for doubles, which do not pack into a key themselves). */
    static long[] ranks(double[] values, int size) {
        double[] distinct = Arrays.copyOf(values, size);
        Arrays.sort(distinct);
        int unique = 0;
        for (int i = 0; i < size; i++) {
            if (unique == 0 || Double.compare(distinct[unique - 1], distinct[i]) != 0) {
                distinct[unique++] = distinct[i];
            }
        }
        long[] ranks = new long[size];
        for (int i = 0; i < size; i++) {
            ranks[i] = Arrays.binarySearch(distinct, 0, unique, values[i]);
        }
        return ranks;
    }
}
