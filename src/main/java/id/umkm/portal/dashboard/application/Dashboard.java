package id.umkm.portal.dashboard.application;

import id.umkm.portal.dashboard.domain.Area;
import id.umkm.portal.dashboard.domain.Figures;
import id.umkm.portal.dashboard.domain.Indicator;
import id.umkm.portal.dashboard.domain.Place;
import id.umkm.portal.dashboard.infrastructure.DrillDownQueries;
import id.umkm.portal.dashboard.infrastructure.FigureStore;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The Smart Economy indicators as the pages, the exports and the open data read them. */
@ApplicationScoped
public class Dashboard {

    @Inject
    private FigureStore store;

    @Inject
    private DrillDownQueries drillDown;

    @Inject
    private Clock clock;

    /** One area's indicators in one month. baseline is the MSME count shares are measured against (null for a kelurahan). */
    public record Row(Place place, Long baseline, Map<Indicator, BigDecimal> values) implements Serializable {

        public BigDecimal value(Indicator indicator) {
            return values.get(indicator);
        }
    }

    public record TrendPoint(YearMonth month, Map<Indicator, BigDecimal> values) implements Serializable {

        public BigDecimal value(Indicator indicator) {
            return values.get(indicator);
        }
    }

    /** "2026-10" as a month; a clear message for anything else or for a month still to come. */
    public YearMonth period(String text) {
        YearMonth month;
        try {
            month = text == null || !text.matches("\\d{4}-\\d{2}") ? null : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            month = null;
        }
        if (month == null) {
            throw new RuleViolation("period", "dashboard.period.invalid");
        }
        if (month.isAfter(currentMonth())) {
            throw new RuleViolation("period", "dashboard.period.future");
        }
        return month;
    }

    public Area.Level level(String text) {
        if (text == null || text.isBlank()) {
            return Area.Level.KECAMATAN;
        }
        try {
            return Area.Level.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("level", "dashboard.level.invalid");
        }
    }

    public YearMonth currentMonth() {
        return YearMonth.from(CityTime.local(clock.instant()));
    }

    /**
     * The rows of a month at one level: the city, every kecamatan, or the kelurahan (of one kecamatan
     * when {@code kecamatanId} is given).
     */
    public List<Row> rows(YearMonth period, Area.Level level, Short kecamatanId) {
        List<Place> places = store.places().stream()
                .filter(p -> p.level() == level)
                .filter(p -> kecamatanId == null || level == Area.Level.CITY || p.area().kecamatanId() == kecamatanId)
                .toList();
        Map<Area, Figures> figures = store.month(period, places.stream().map(Place::area).toList());
        Map<Short, Long> baselines = store.baselines();
        List<Row> rows = new ArrayList<>();
        for (Place place : places) {
            Long baseline = baseline(place.area(), baselines);
            rows.add(new Row(place, baseline, values(figures.get(place.area()), baseline)));
        }
        return rows;
    }

    public Row row(YearMonth period, Area area) {
        Place place = store.places().stream().filter(p -> p.area().equals(area)).findFirst()
                .orElseThrow(() -> new RuleViolation("kecamatan", "dashboard.area.unknown"));
        Long baseline = baseline(area, store.baselines());
        return new Row(place, baseline, values(store.month(period, List.of(area)).get(area), baseline));
    }

    /** The {@code months} months up to {@code to}, oldest first. */
    public List<TrendPoint> trend(Area area, YearMonth to, int months) {
        Long baseline = baseline(area, store.baselines());
        List<TrendPoint> points = new ArrayList<>();
        store.trend(area, to.minusMonths(months - 1L), to).forEach((m, f) -> points.add(new TrendPoint(m, values(f, baseline))));
        return points;
    }

    /** The records behind a month's figures in an area, newest first, at most {@code limit}. */
    public List<DrillDownLine> drillDown(DrillDownList list, YearMonth period, Area area, int limit) {
        Instant from = period.atDay(1).atStartOfDay(CityTime.ZONE).toInstant();
        Instant to = period.plusMonths(1).atDay(1).atStartOfDay(CityTime.ZONE).toInstant();
        return drillDown.lines(list, from, to, area, limit);
    }

    public List<Place> kecamatan() {
        return store.places().stream().filter(p -> p.level() == Area.Level.KECAMATAN).toList();
    }

    public Optional<Instant> refreshedAt() {
        return store.refreshedAt();
    }

    public Map<Short, Long> baselines() {
        return store.baselines();
    }

    /** Recomputes every month's figures now (the job does this on its interval). */
    public Instant refresh() {
        try {
            return store.refresh(currentMonth(), clock);
        } catch (SQLException e) {
            throw new IllegalStateException("Dashboard refresh failed", e);
        }
    }

    public void setBaseline(short kecamatanId, Integer msmeCount, long staffId) {
        setBaselines(Map.of(kecamatanId, msmeCount == null ? -1 : msmeCount), staffId);
    }

    /** Sets several kecamatan's baselines together: all of them, or none when one is missing, negative or unknown. */
    public void setBaselines(Map<Short, Integer> counts, long staffId) {
        for (Integer count : counts.values()) {
            if (count == null || count < 0) {
                throw new RuleViolation("msmeCount", "dashboard.baseline.invalid");
            }
        }
        if (!store.setBaselines(counts, staffId, clock.instant())) {
            throw new RuleViolation("kecamatan", "dashboard.area.unknown");
        }
    }

    private static Long baseline(Area area, Map<Short, Long> baselines) {
        return switch (area.level()) {
            case CITY -> baselines.values().stream().mapToLong(Long::longValue).sum();
            case KECAMATAN -> baselines.get(area.kecamatanId());
            case KELURAHAN -> null;
        };
    }

    private static Map<Indicator, BigDecimal> values(Figures figures, Long baseline) {
        Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            values.put(indicator, indicator.valueOf(figures, baseline));
        }
        return values;
    }
}
