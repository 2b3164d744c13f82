package id.umkm.portal.training.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The published points per criterion. Staff may change them before applications close. */
public record PriorityWeights(Map<PriorityCriterion, Integer> points) {

    public static final int MAX_POINTS = 100;

    public PriorityWeights {
        EnumMap<PriorityCriterion, Integer> copy = new EnumMap<>(PriorityCriterion.class);
        for (PriorityCriterion criterion : PriorityCriterion.values()) {
            int value = points.getOrDefault(criterion, 0);
            if (value < 0 || value > MAX_POINTS) {
                throw new IllegalArgumentException(criterion + " weight must be 0 to " + MAX_POINTS + ", not " + value);
            }
            copy.put(criterion, value);
        }
        points = Collections.unmodifiableMap(copy);
    }

    /** The office's starting scale: first-timers and the smallest businesses first. */
    public static PriorityWeights standard() {
        return new PriorityWeights(Map.of(
                PriorityCriterion.NEVER_TRAINED, 30,
                PriorityCriterion.MICRO_SCALE, 25,
                PriorityCriterion.NOT_SELLING_ONLINE, 20,
                PriorityCriterion.WOMEN_LED, 15,
                PriorityCriterion.UNDERSERVED_KECAMATAN, 10));
    }

    public int of(PriorityCriterion criterion) {
        return points.get(criterion);
    }
}
