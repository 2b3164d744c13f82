package id.umkm.portal.consignment.web;

import id.umkm.portal.catalog.application.ProductCategories;
import id.umkm.portal.consignment.application.Agreements;
import id.umkm.portal.consignment.application.ConsignmentReports;
import id.umkm.portal.consignment.application.Item;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** staff/consignment-reports.xhtml: outlet sales by day, product, consignor or category, with a bar chart and exports. */
@Named
@ViewScoped
public class ConsignmentReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsignmentReports reports;

    @Inject
    private Agreements agreements;

    @Inject
    private ProductCategories categories;

    @Inject
    private Clock clock;

    private ConsignmentReports.By by = ConsignmentReports.By.DAY;
    private LocalDate from;
    private LocalDate to;
    private List<ConsignmentReports.Row> rows = List.of();
    private List<Item> slow = List.of();
    private List<Item> expiring = List.of();
    private Map<String, String> categoryNames;

    @PostConstruct
    void load() {
        to = LocalDate.ofInstant(clock.instant(), CityTime.ZONE);
        from = to.minusDays(29);
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        categoryNames = categories.all().stream().collect(Collectors.toMap(c -> String.valueOf(c.id()), c -> c.name(locale)));
        long outletId = agreements.outlets().get(0).id();
        slow = reports.slowMovers(outletId, to);
        expiring = reports.expiring(outletId);
        show();
    }

    public void show() {
        try {
            rows = reports.sales(by, from, to);
        } catch (RuleViolation refused) {
            rows = List.of();
            PageMessages.show("report", refused);
        }
    }

    public String label(ConsignmentReports.Row row) {
        return by == ConsignmentReports.By.CATEGORY ? categoryNames.getOrDefault(row.label(), row.label()) : row.label();
    }

    /** The bar's length in percent of the largest gross of the report. */
    public long barPercent(ConsignmentReports.Row row) {
        long max = rows.stream().mapToLong(r -> r.gross().rupiah()).max().orElse(0);
        return max == 0 ? 0 : Math.max(1, row.gross().rupiah() * 100 / max);
    }

    public Money getTotal() {
        return rows.stream().map(ConsignmentReports.Row::gross).reduce(Money.ZERO, Money::plus);
    }

    public String exportPath(String format) {
        return "/api/v1/consignment/reports/sales." + format + "?by=" + by.name().toLowerCase(Locale.ROOT) + "&from=" + from + "&to=" + to;
    }

    public ConsignmentReports.By[] getGroupings() {
        return ConsignmentReports.By.values();
    }

    public ConsignmentReports.By getBy() {
        return by;
    }

    public void setBy(ConsignmentReports.By by) {
        this.by = by;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<ConsignmentReports.Row> getRows() {
        return rows;
    }

    public List<Item> getSlow() {
        return slow;
    }

    public List<Item> getExpiring() {
        return expiring;
    }
}
