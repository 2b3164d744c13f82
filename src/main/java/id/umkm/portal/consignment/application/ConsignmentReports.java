package id.umkm.portal.consignment.application;

import static id.umkm.portal.consignment.application.Sql.intOf;
import static id.umkm.portal.consignment.application.Sql.longOf;

import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Reports for the office and Dekranasda: paid outlet sales (refunded sales left out) by day, product,
 * consignor or category over a period of days in WITA; slow movers; expiring stock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConsignmentReports {

    /** How sales are grouped. */
    public enum By {
        DAY, PRODUCT, CONSIGNOR, CATEGORY
    }

    /** One group: its label (a day, a name, or a category id for the page to name), units, gross and commission. */
    public record Row(String label, int units, Money gross, Money commission) implements Serializable {

        public Money net() {
            return gross.minus(commission);
        }
    }

    static final int MAX_DAYS = 366;
    /** A batch is a slow mover when it has been at the outlet this long and sold less than a quarter of its units. */
    public static final int SLOW_AFTER_DAYS = 14;

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Intakes intakes;

    @Inject
    private SellerDirectory sellers;

    public List<Row> sales(By by, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new RuleViolation("from", "consignment.report.period.invalid", MAX_DAYS);
        }
        String group = switch (by) {
            case DAY -> "DATE_FORMAT(s.paid_at + INTERVAL 8 HOUR, '%Y-%m-%d')";
            case PRODUCT -> "i.name";
            case CONSIGNOR -> "l.seller_id";
            case CATEGORY -> "i.category_id";
        };
        Instant start = from.atStartOfDay(CityTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(CityTime.ZONE).toInstant();
        List<Object[]> rows = Sql.rows(em, "SELECT " + group + " AS grp, SUM(l.quantity), SUM(l.gross_rupiah), SUM(l.commission_rupiah)"
                + " FROM consignment_sale_line l JOIN consignment_sale s ON s.id = l.sale_id JOIN consignment_item i ON i.id = l.item_id"
                + " WHERE s.status = 'PAID' AND s.paid_at >= ?1 AND s.paid_at < ?2 GROUP BY grp"
                + (by == By.DAY ? " ORDER BY grp" : " ORDER BY SUM(l.gross_rupiah) DESC") + " LIMIT 400", start, end);
        return rows.stream().map(r -> new Row(label(by, r[0]), intOf(r[1]), Money.rupiah(longOf(r[2])), Money.rupiah(longOf(r[3]))))
                .toList();
    }

    private String label(By by, Object value) {
        if (by == By.CONSIGNOR) {
            long sellerId = longOf(value);
            return sellers.find(sellerId).map(SellerSummary::businessName).orElse("#" + sellerId);
        }
        return String.valueOf(value);
    }

    /** Batches at the outlet for a while that sold less than a quarter of their units, the slowest first. */
    public List<Item> slowMovers(long outletId, LocalDate today) {
        return intakes.items("JOIN consignment_intake n ON n.id = i.intake_id WHERE i.outlet_id = ?1 AND i.quantity_in_stock > 0"
                + " AND n.received_at < ?2 AND i.quantity_sold * 4 < i.quantity_received"
                + " ORDER BY i.quantity_sold / i.quantity_received, n.received_at LIMIT 200",
                outletId, today.minusDays(SLOW_AFTER_DAYS).atStartOfDay(CityTime.ZONE).toInstant());
    }

    /** Batches expiring within a week or expired and still at the outlet. */
    public List<Item> expiring(long outletId) {
        return intakes.items("WHERE i.outlet_id = ?1 AND i.age_flag IN ('EXPIRING', 'EXPIRED')"
                + " AND i.quantity_in_stock + i.quantity_expired > 0 ORDER BY i.age_flag DESC, i.best_before LIMIT 200", outletId);
    }
}
