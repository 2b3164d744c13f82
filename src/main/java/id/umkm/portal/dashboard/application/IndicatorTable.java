package id.umkm.portal.dashboard.application;

import id.umkm.portal.dashboard.domain.Area;
import id.umkm.portal.dashboard.domain.Indicator;
import id.umkm.portal.dashboard.domain.Place;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The indicator rows as a flat table, the same for CSV, xlsx and the open data: area columns, the
 * baseline, then one column per indicator (its {@link Indicator#key()}). Only aggregates: no names
 * of people or businesses, no contact data.
 */
public final class IndicatorTable {

    private IndicatorTable() {
    }

    public static List<String> header() {
        List<String> header = new ArrayList<>(List.of("period", "level", "kecamatan", "kecamatan_name", "kelurahan",
                "kelurahan_name", "baseline_msme"));
        for (Indicator indicator : Indicator.values()) {
            header.add(indicator.key());
        }
        return header;
    }

    /** A row's cells: strings for the area, numbers (or null when undefined) for the rest. */
    public static List<Object> cells(YearMonth period, Dashboard.Row row) {
        Place place = row.place();
        boolean kelurahan = place.level() == Area.Level.KELURAHAN;
        List<Object> cells = new ArrayList<>();
        cells.add(period.toString());
        cells.add(place.level().name().toLowerCase(java.util.Locale.ROOT));
        cells.add(place.kecamatanSlug());
        cells.add(place.kecamatanName());
        cells.add(kelurahan ? place.slug() : null);
        cells.add(kelurahan ? place.name() : null);
        cells.add(row.baseline() == null ? null : BigDecimal.valueOf(row.baseline()));
        for (Indicator indicator : Indicator.values()) {
            cells.add(row.value(indicator));
        }
        return cells;
    }

    public static String csv(YearMonth period, List<Dashboard.Row> rows) {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(header()));
        for (Dashboard.Row row : rows) {
            line(out, cells(period, row));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            if (cell instanceof BigDecimal number) {
                out.append(number.toPlainString());
            } else if (cell != null) {
                String text = cell.toString();
                out.append(text.matches("[\\w .-]*") ? text : '"' + text.replace("\"", "\"\"") + '"');
            }
        }
        out.append("\r\n");
    }
}
