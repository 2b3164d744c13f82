package id.umkm.portal.dashboard.web;

import id.umkm.portal.dashboard.application.Dashboard;
import id.umkm.portal.dashboard.application.DrillDownLine;
import id.umkm.portal.dashboard.application.DrillDownList;
import id.umkm.portal.dashboard.application.IndicatorTable;
import id.umkm.portal.dashboard.infrastructure.DashboardPdf;
import id.umkm.portal.dashboard.infrastructure.DashboardWorkbook;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The staff dashboard /staff/dashboard.xhtml: the public figures plus the records behind them, baselines, exports. */
@Named
@ViewScoped
public class DashboardView extends IndicatorPage {

    private static final long serialVersionUID = 1L;
    private static final int DRILL_DOWN_LIMIT = 200;

    @Inject
    private CurrentUser currentUser;

    private DrillDownList drillList = DrillDownList.ORDERS;
    /** Read again after the view comes back from the session, as the figures are (see IndicatorPage). */
    private transient List<DrillDownLine> drillLines;
    /** The page's baseline inputs by kecamatan id; p:inputNumber puts numbers of its own type here. */
    private final Map<Short, Number> baselineEdits = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        load();
    }

    @Override
    protected void load() {
        super.load();
        drillLines = null;
        baselineEdits.clear();
        dashboard.baselines().forEach(baselineEdits::put);
    }

    public void refresh() {
        dashboard.refresh();
        load();
        PageMessages.info("dashboard.refreshed");
    }

    public void saveBaselines() {
        try {
            Map<Short, Integer> counts = new LinkedHashMap<>();
            baselineEdits.forEach((id, count) -> counts.put(id, count == null ? null : count.intValue()));
            dashboard.setBaselines(counts, currentUser.require().getId());
            PageMessages.info("dashboard.baseline.saved");
        } catch (RuleViolation refused) {
            PageMessages.show(null, refused);
        }
        load();
    }

    public StreamedContent getCsv() {
        YearMonth month = month();
        byte[] csv = IndicatorTable.csv(month, tableRows()).getBytes(StandardCharsets.UTF_8);
        return download(csv, "indikator-" + month + ".csv", "text/csv");
    }

    public StreamedContent getXlsx() {
        YearMonth month = month();
        return download(DashboardWorkbook.xlsx(month, tableRows(), locale()), "indikator-" + month + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    public StreamedContent getPdf() {
        YearMonth month = month();
        byte[] pdf = DashboardPdf.report(new DashboardPdf.Report(monthLabel(month.toString()), areaName(), getIndicator(),
                getHeadline(), getRows(), getTrend(), getRefreshedAt()), locale());
        return download(pdf, "laporan-indikator-" + month + ".pdf", "application/pdf");
    }

    /** The headline area first, then the areas one level down: what the exports list. */
    private List<Dashboard.Row> tableRows() {
        List<Dashboard.Row> all = new ArrayList<>();
        all.add(getHeadline());
        all.addAll(getRows());
        return all;
    }

    private static StreamedContent download(byte[] content, String name, String type) {
        return DefaultStreamedContent.builder().name(name).contentType(type).contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content)).build();
    }

    public List<DrillDownList> getDrillLists() {
        return List.of(DrillDownList.values());
    }

    public DrillDownList getDrillList() {
        return drillList;
    }

    public void setDrillList(DrillDownList drillList) {
        this.drillList = drillList == null ? DrillDownList.ORDERS : drillList;
    }

    public List<DrillDownLine> getDrillLines() {
        if (drillLines == null) {
            drillLines = dashboard.drillDown(drillList, month(), area(), DRILL_DOWN_LIMIT);
        }
        return drillLines;
    }

    public boolean isDrillLimited() {
        return getDrillLines().size() >= DRILL_DOWN_LIMIT;
    }

    public Map<Short, Number> getBaselineEdits() {
        return baselineEdits;
    }
}
