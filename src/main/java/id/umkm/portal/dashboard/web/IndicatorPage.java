package id.umkm.portal.dashboard.web;

import id.umkm.portal.dashboard.application.Dashboard;
import id.umkm.portal.dashboard.application.IndicatorFormat;
import id.umkm.portal.dashboard.domain.Area;
import id.umkm.portal.dashboard.domain.Indicator;
import id.umkm.portal.dashboard.domain.Place;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the staff dashboard and the public indicator page share: the month and kecamatan chosen, the
 * headline figures of that area, a trend of the chosen indicator over twelve months, and bars for the
 * areas one level down (the kecamatan of the city, or the kelurahan of a kecamatan).
 */
public abstract class IndicatorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int TREND_MONTHS = 12;
    private static final List<Indicator> INDICATORS = List.of(Indicator.values());

    @Inject
    protected Dashboard dashboard;

    private String period;
    private Short kecamatanId;
    private Indicator indicator = Indicator.ONLINE_SHARE;

    /*
     * What the choices show is read again (a few summary rows) rather than kept: a staff session holds
     * up to 25 dashboard views, and Payara writes and reads the whole session on every request. Kept,
     * the figures were most of a session whose copying took 80% of a staff page's CPU (docs/dashboard.md).
     */
    private transient Shown shown;
    private transient List<Place> kecamatan;

    /** The figures of the chosen month and area. */
    private record Shown(Dashboard.Row headline, List<Dashboard.Row> rows, List<Dashboard.TrendPoint> trend, String refreshedAt) {
    }

    /** Reads the figures of the choices now (a change of choices, a refresh). */
    protected void load() {
        shown = figures();
    }

    private Shown shown() {
        if (shown == null) {
            shown = figures();
        }
        return shown;
    }

    private Shown figures() {
        YearMonth month = month();
        period = month.toString();
        return new Shown(dashboard.row(month, area()),
                dashboard.rows(month, kecamatanId == null ? Area.Level.KECAMATAN : Area.Level.KELURAHAN, kecamatanId),
                dashboard.trend(area(), month, TREND_MONTHS),
                dashboard.refreshedAt().map(at -> CityTime.format(at, locale())).orElse(null));
    }

    /** The chosen month, this month when none (or an unusable one) was chosen. */
    protected YearMonth month() {
        try {
            return period == null ? dashboard.currentMonth() : dashboard.period(period);
        } catch (RuntimeException refused) {
            return dashboard.currentMonth();
        }
    }

    protected Area area() {
        return kecamatanId == null ? Area.CITY : Area.kecamatan(kecamatanId);
    }

    public void change() {
        load();
    }

    /** The last 36 months, newest first, as "2026-11" values. */
    public List<String> getMonths() {
        List<String> months = new ArrayList<>();
        YearMonth now = dashboard.currentMonth();
        for (int i = 0; i < 36; i++) {
            months.add(now.minusMonths(i).toString());
        }
        return months;
    }

    public String monthLabel(String value) {
        YearMonth month = YearMonth.parse(value);
        return month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale()) + " " + month.getYear();
    }

    public String format(Indicator which, BigDecimal value) {
        return wording().numbers().format(which, value);
    }

    public String label(Indicator which) {
        return wording().labels().get(which);
    }

    /** Number formats and indicator names in the page's language: a page shows a few hundred values. */
    private record Wording(IndicatorFormat numbers, Map<Indicator, String> labels) {
    }

    /** Made once per request (number formats are not for sharing between threads, and the language is the request's). */
    private Wording wording() {
        return (Wording) FacesContext.getCurrentInstance().getAttributes().computeIfAbsent(Wording.class.getName(), key -> {
            Locale locale = locale();
            Map<Indicator, String> labels = new EnumMap<>(Indicator.class);
            for (Indicator each : INDICATORS) {
                labels.put(each, Texts.get(locale, "indicator." + each.key()));
            }
            return new Wording(IndicatorFormat.of(locale), labels);
        });
    }

    public String areaName() {
        return shown().headline().place().name();
    }

    public String getTrendChart() {
        DateTimeFormatter short_ = DateTimeFormatter.ofPattern("MMM yy", locale());
        List<Dashboard.TrendPoint> trend = shown().trend();
        return ChartJson.line(label(indicator), trend.stream().map(p -> short_.format(p.month())).toList(),
                trend.stream().map(p -> p.value(indicator)).toList());
    }

    public String getBarChart() {
        List<Dashboard.Row> rows = shown().rows();
        return ChartJson.bars(label(indicator), rows.stream().map(r -> shortName(r.place())).toList(),
                rows.stream().map(r -> r.value(indicator)).toList());
    }

    /** The kecamatan shaded by the chosen indicator (city level only; kelurahan have no shapes). */
    public List<SchematicMap.Area> getMapAreas() {
        if (kecamatanId != null) {
            return List.of();
        }
        List<Dashboard.Row> rows = shown().rows();
        List<BigDecimal> values = rows.stream().map(r -> r.value(indicator)).toList();
        List<SchematicMap.Area> areas = new ArrayList<>();
        for (Dashboard.Row row : rows) {
            SchematicMap.Shape shape = SchematicMap.SHAPES.get(row.place().slug());
            if (shape != null) {
                areas.add(new SchematicMap.Area(shortName(row.place()), shape.path(), shape.labelX(), shape.labelY(),
                        SchematicMap.fill(row.value(indicator), values), format(indicator, row.value(indicator))));
            }
        }
        return areas;
    }

    static String shortName(Place place) {
        return place.name().replace("Balikpapan ", "");
    }

    public List<Indicator> getIndicators() {
        return INDICATORS;
    }

    /** Indicators that can be drawn per kelurahan too (the share selling online needs a kecamatan baseline). */
    public boolean isIndicatorDefinedBelow() {
        return kecamatanId == null || indicator != Indicator.ONLINE_SHARE;
    }

    protected Locale locale() {
        return Texts.supported(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public Short getKecamatanId() {
        return kecamatanId;
    }

    public void setKecamatanId(Short kecamatanId) {
        this.kecamatanId = kecamatanId;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public void setIndicator(Indicator indicator) {
        this.indicator = indicator == null ? Indicator.ONLINE_SHARE : indicator;
    }

    public Dashboard.Row getHeadline() {
        return shown().headline();
    }

    public List<Dashboard.Row> getRows() {
        return shown().rows();
    }

    protected List<Dashboard.TrendPoint> getTrend() {
        return shown().trend();
    }

    /** Read before the figures are loaded too: a postback checks the chosen kecamatan against it. */
    public List<Place> getKecamatan() {
        if (kecamatan == null) {
            kecamatan = dashboard.kecamatan();
        }
        return kecamatan;
    }

    public String getRefreshedAt() {
        return shown().refreshedAt();
    }
}
