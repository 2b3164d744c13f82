package id.umkm.portal.dashboard.domain;

import java.util.EnumMap;
import java.util.Map;

/** The counts of one area in one month, and the median permit processing time (null without issued permits). */
public final class Figures {

    private final Map<Count, Long> counts;
    private final Double permitMedianDays;

    public Figures(Map<Count, Long> counts, Double permitMedianDays) {
        this.counts = new EnumMap<>(Count.class);
        this.counts.putAll(counts);
        this.permitMedianDays = permitMedianDays;
    }

    public static Figures empty() {
        return new Figures(Map.of(), null);
    }

    public long get(Count count) {
        return counts.getOrDefault(count, 0L);
    }

    public Double permitMedianDays() {
        return permitMedianDays;
    }
}
