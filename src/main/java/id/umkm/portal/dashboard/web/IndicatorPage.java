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
import java.util.List;
import java.util.Locale;

/**
 * What the staff dashboard and the public indicator page share: the month and kecamatan chosen, the
 * headline figures of that area, a trend of the chosen indicator over twelve months, and bars for the
 * areas one level down (the kecamatan of the city, or the kelurahan of a kecamatan).
 */
public abstract class IndicatorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int TREND_MONTHS = 12;

    @Inject
    protected Dashboard dashboard;

    private String period;
    private Short kecamatanId;
    private Indicator indicator = Indicator.ONLINE_SHARE;

    private Dashboard.Row headline;
    private List<Dashboard.Row> rows = List.of();
    private List<Dashboard.TrendPoint> trend = List.of();
    private List<Place> kecamatan = List.of();
    private String refreshedAt;

    protected void load() {
        YearMonth month = month();
        period = month.toString();
        kecamatan = dashboard.kecamatan();
        headline = dashboard.row(month, area());
        rows = dashboard.rows(month, kecamatanId == null ? Area.Level.KECAMATAN : Area.Level.KELURAHAN, kecamatanId);
        trend = dashboard.trend(area(), month, TREND_MONTHS);
        refreshedAt = dashboard.refreshedAt().map(at -> CityTime.format(at, locale())).orElse(null);
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
        return IndicatorFormat.format(which, value, locale());
    }

    public String label(Indicator which) {
        return Texts.get(locale(), "indicator." + which.key());
    }

    public String areaName() {
        return headline == null ? "" : headline.place().name();
    }

    public String getTrendChart() {
        DateTimeFormatter short_ = DateTimeFormatter.ofPattern("MMM yy", locale());
        return ChartJson.line(label(indicator), trend.stream().map(p -> short_.format(p.month())).toList(),
                trend.stream().map(p -> p.value(indicator)).toList());
    }

    public String getBarChart() {
        return ChartJson.bars(label(indicator), rows.stream().map(r -> shortName(r.place())).toList(),
                rows.stream().map(r -> r.value(indicator)).toList());
    }

    /** The kecamatan shaded by the chosen indicator (city level only; kelurahan have no shapes). */
    public List<SchematicMap.Area> getMapAreas() {
        if (kecamatanId != null) {
            return List.of();
        }
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
        return List.of(Indicator.values());
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
        return headline;
    }

    public List<Dashboard.Row> getRows() {
        return rows;
    }

    /** Read before the figures are loaded too: a postback checks the chosen kecamatan against it. */
    public List<Place> getKecamatan() {
        if (kecamatan.isEmpty()) {
            kecamatan = dashboard.kecamatan();
        }
        return kecamatan;
    }

    public String getRefreshedAt() {
        return refreshedAt;
    }
}
