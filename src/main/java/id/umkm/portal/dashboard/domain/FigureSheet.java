package id.umkm.portal.dashboard.domain;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects facts at the finest place known (kelurahan, else kecamatan, else only the city) and rolls
 * them up: every fact counts for its kelurahan, its kecamatan and the city. Distinct counts (buyers,
 * selling sellers) keep the ids, so a buyer of two kecamatan is one buyer of the city; medians keep
 * their samples. {@link #figures} then fills every month and area, accumulating stock counts.
 */
public final class FigureSheet {

    private record Key(YearMonth month, Area area) {
    }

    private final Map<Key, Map<Count, Long>> sums = new HashMap<>();
    private final Map<Key, Map<Count, Set<Long>>> distinct = new HashMap<>();
    private final Map<Key, List<Double>> permitDays = new HashMap<>();
    private YearMonth firstMonth;

    public void add(Count count, YearMonth month, Short kecamatanId, Short kelurahanId, long amount) {
        for (Key key : keys(month, kecamatanId, kelurahanId)) {
            sums.computeIfAbsent(key, k -> new EnumMap<>(Count.class)).merge(count, amount, Long::sum);
        }
    }

    public void addDistinct(Count count, YearMonth month, Short kecamatanId, Short kelurahanId, long id) {
        for (Key key : keys(month, kecamatanId, kelurahanId)) {
            distinct.computeIfAbsent(key, k -> new EnumMap<>(Count.class)).computeIfAbsent(count, c -> new HashSet<>()).add(id);
        }
    }

    public void addPermitDays(YearMonth month, Short kecamatanId, Short kelurahanId, double days) {
        for (Key key : keys(month, kecamatanId, kelurahanId)) {
            permitDays.computeIfAbsent(key, k -> new ArrayList<>()).add(days);
        }
    }

    /** The first month any fact fell in, or null when there are none. */
    public YearMonth firstMonth() {
        return firstMonth;
    }

    /** Every month from {@code from} to {@code to} for every given area (the city included), in month order. */
    public Map<YearMonth, Map<Area, Figures>> figures(List<Area> areas, YearMonth from, YearMonth to) {
        Map<YearMonth, Map<Area, Figures>> result = new LinkedHashMap<>();
        Map<Area, Map<Count, Long>> running = new HashMap<>();
        for (YearMonth month = earlier(firstMonth, from); !month.isAfter(to); month = month.plusMonths(1)) {
            Map<Area, Figures> ofMonth = new LinkedHashMap<>();
            for (Area area : areas) {
                Key key = new Key(month, area);
                Map<Count, Long> stock = running.computeIfAbsent(area, a -> new EnumMap<>(Count.class));
                Map<Count, Long> counts = new EnumMap<>(Count.class);
                sums.getOrDefault(key, Map.of()).forEach((count, n) -> {
                    if (count.isStock()) {
                        stock.merge(count, n, Long::sum);
                    } else {
                        counts.put(count, n);
                    }
                });
                counts.putAll(stock);
                distinct.getOrDefault(key, Map.of()).forEach((count, ids) -> counts.put(count, (long) ids.size()));
                ofMonth.put(area, new Figures(counts, median(permitDays.get(key))));
            }
            if (!month.isBefore(from)) {
                result.put(month, ofMonth);
            }
        }
        return result;
    }

    private List<Key> keys(YearMonth month, Short kecamatanId, Short kelurahanId) {
        if (firstMonth == null || month.isBefore(firstMonth)) {
            firstMonth = month;
        }
        List<Key> keys = new ArrayList<>(3);
        keys.add(new Key(month, Area.CITY));
        if (kecamatanId != null && kecamatanId > 0) {
            keys.add(new Key(month, Area.kecamatan(kecamatanId)));
            if (kelurahanId != null && kelurahanId > 0) {
                keys.add(new Key(month, Area.kelurahan(kecamatanId, kelurahanId)));
            }
        }
        return keys;
    }

    private static YearMonth earlier(YearMonth a, YearMonth b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    static Double median(List<Double> samples) {
        if (samples == null || samples.isEmpty()) {
            return null;
        }
        List<Double> sorted = samples.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
