package id.umkm.portal.dashboard.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A schematic map of the six kecamatan drawn by hand after their rough positions (the bay to the
 * west, the coast to the south): shapes to shade, not official boundaries, and labelled as such.
 */
public final class SchematicMap {

    public record Shape(String path, int labelX, int labelY) {
    }

    /** Shapes by kecamatan slug, in a 300 × 200 view box. */
    static final Map<String, Shape> SHAPES = Map.of(
            "balikpapan-barat", new Shape("M10,50 L70,40 L85,100 L80,150 L40,170 L15,130 Z", 45, 105),
            "balikpapan-utara", new Shape("M70,40 L190,20 L200,110 L140,120 L85,100 Z", 138, 70),
            "balikpapan-timur", new Shape("M190,20 L290,40 L290,170 L230,165 L200,110 Z", 248, 100),
            "balikpapan-tengah", new Shape("M85,100 L140,120 L135,160 L80,150 Z", 110, 135),
            "balikpapan-kota", new Shape("M40,170 L80,150 L135,160 L120,190 L50,192 Z", 85, 178),
            "balikpapan-selatan", new Shape("M140,120 L200,110 L230,165 L180,185 L120,190 L135,160 Z", 178, 155));

    public record Area(String name, String path, int labelX, int labelY, String fill, String value) {
    }

    private SchematicMap() {
    }

    /** Opacity of the brand colour from 0.12 (lowest or empty) to 1 (highest). */
    static String fill(BigDecimal value, List<BigDecimal> all) {
        double max = all.stream().filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double share = value == null || max <= 0 ? 0 : value.doubleValue() / max;
        return String.format(java.util.Locale.ROOT, "rgba(15,118,110,%.2f)", 0.12 + 0.88 * share);
    }
}
