package id.umkm.portal.consignment.application;

import static id.umkm.portal.consignment.application.Sql.date;
import static id.umkm.portal.consignment.application.Sql.instant;
import static id.umkm.portal.consignment.application.Sql.intOf;
import static id.umkm.portal.consignment.application.Sql.longOf;

import id.umkm.portal.consignment.domain.StatementTotals;
import id.umkm.portal.payment.application.OutletLedger;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Consignors' statements. Drawing one up claims the seller's sale lines (and refunds) not settled before,
 * by a conditional UPDATE (… WHERE settlement_id IS NULL) after locking the seller's agreements, so two
 * runs at once settle each line once; its money comes from the ledger's postings for those sales. Approval
 * is a conditional UPDATE too (… WHERE status = 'DRAFT'), and only the approval that won posts the net
 * payable to the seller's payable account, where the next payout batch pays it.
 */
@ApplicationScoped
@Transactional
public class Settlements {

    public record StatementLine(String saleNumber, String name, int quantity, Money gross, Money commission, Money net,
            boolean refund) implements Serializable {
    }

    public record Settlement(long id, long sellerId, String sellerName, LocalDate periodFrom, LocalDate periodTo,
            StatementTotals totals, String status, Instant createdAt, Instant approvedAt, List<StatementLine> lines) implements Serializable {

        public String number() {
            return References.settlement(id);
        }

        public boolean isApproved() {
            return "APPROVED".equals(status);
        }
    }

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private OutletLedger ledger;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private ConsignorNotices notices;

    @Inject
    private Clock clock;

    /** Draws up the seller's statement of everything sold or refunded up to and including the day (WITA). */
    public Settlement drawUp(long staffAccountId, long sellerId, LocalDate upTo) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), CityTime.ZONE);
        if (upTo == null || upTo.isAfter(today)) {
            throw new RuleViolation("upTo", "consignment.settlement.upTo.invalid");
        }
        if (Sql.rows(em, "SELECT id FROM consignment_agreement WHERE seller_id = ?1 FOR UPDATE", sellerId).isEmpty()) {
            throw new RuleViolation("sellerId", "consignment.settlement.noAgreement");
        }
        Instant end = upTo.plusDays(1).atStartOfDay(CityTime.ZONE).toInstant();
        LocalDate from = Sql.rows(em, "SELECT MAX(period_to) FROM consignment_settlement WHERE seller_id = ?1", sellerId).stream()
                .map(r -> date(r[0])).filter(d -> d != null).map(d -> d.plusDays(1)).findFirst()
                .orElseGet(() -> firstAgreementDay(sellerId));
        if (from.isAfter(upTo)) {
            from = upTo;
        }
        long id = Sql.insert(em, "INSERT INTO consignment_settlement (seller_id, period_from, period_to, units_sold, gross_rupiah,"
                + " commission_rupiah, net_sales_rupiah, units_refunded, adjustment_rupiah, units_returned, net_payable_rupiah,"
                + " status, created_by, created_at) VALUES (?1, ?2, ?3, 0, 0, 0, 0, 0, 0, 0, 0, 'DRAFT', ?4, ?5)",
                sellerId, from, upTo, staffAccountId, clock.instant());
        int sold = Sql.update(em, "UPDATE consignment_sale_line l JOIN consignment_sale s ON s.id = l.sale_id"
                + " SET l.settlement_id = ?1 WHERE l.seller_id = ?2 AND l.settlement_id IS NULL"
                + " AND s.status IN ('PAID', 'REFUNDED') AND s.paid_at < ?3", id, sellerId, end);
        int refunded = Sql.update(em, "UPDATE consignment_sale_line l JOIN consignment_sale s ON s.id = l.sale_id"
                + " SET l.refund_settlement_id = ?1 WHERE l.seller_id = ?2 AND l.refund_settlement_id IS NULL"
                + " AND s.status = 'REFUNDED' AND s.refunded_at < ?3", id, sellerId, end);
        if (sold + refunded == 0) {
            throw RuleViolation.conflict(null, "consignment.settlement.nothingDue");
        }
        List<StatementLine> lines = lines(id);
        List<String> saleRefs = lines.stream().filter(l -> !l.refund()).map(StatementLine::saleNumber).distinct().toList();
        List<String> refundRefs = lines.stream().filter(StatementLine::refund)
                .map(l -> References.refund(References.saleId(l.saleNumber()))).distinct().toList();
        OutletLedger.Totals sales = ledger.totals(sellerId, "OUTLET_SALE", saleRefs);
        OutletLedger.Totals refunds = ledger.totals(sellerId, "OUTLET_REFUND", refundRefs);
        Money linesNet = lines.stream().filter(l -> !l.refund()).map(StatementLine::net).reduce(Money.ZERO, Money::plus);
        if (!linesNet.equals(sales.net())) {
            throw new IllegalStateException("Ledger and sale lines disagree for seller " + sellerId + ": " + sales.net()
                    + " ≠ " + linesNet);
        }
        int unitsSold = lines.stream().filter(l -> !l.refund()).mapToInt(StatementLine::quantity).sum();
        int unitsRefunded = lines.stream().filter(StatementLine::refund).mapToInt(StatementLine::quantity).sum();
        int unitsReturned = intOf(Sql.query(em, "SELECT COALESCE(SUM(r.quantity), 0) FROM consignment_return_line r"
                + " JOIN consignment_return_note n ON n.id = r.note_id WHERE n.seller_id = ?1 AND n.created_at >= ?2"
                + " AND n.created_at < ?3", sellerId, from.atStartOfDay(CityTime.ZONE).toInstant(), end).getSingleResult());
        StatementTotals totals = new StatementTotals(unitsSold, sales.gross(), sales.commission(), unitsRefunded, refunds.net(),
                unitsReturned);
        Sql.update(em, "UPDATE consignment_settlement SET units_sold = ?1, gross_rupiah = ?2, commission_rupiah = ?3,"
                        + " net_sales_rupiah = ?4, units_refunded = ?5, adjustment_rupiah = ?6, units_returned = ?7,"
                        + " net_payable_rupiah = ?8 WHERE id = ?9", totals.unitsSold(), totals.gross().rupiah(),
                totals.commission().rupiah(), totals.netSales().rupiah(), totals.unitsRefunded(), totals.adjustment().rupiah(),
                totals.unitsReturned(), totals.netPayable().rupiah(), id);
        return find(id).orElseThrow();
    }

    private LocalDate firstAgreementDay(long sellerId) {
        Object first = Sql.query(em, "SELECT MIN(created_at) FROM consignment_agreement WHERE seller_id = ?1", sellerId)
                .getSingleResult();
        return LocalDate.ofInstant(instant(first), CityTime.ZONE);
    }

    /** Approves a drafted statement; of two approvals at once, one wins and posts the payable, the other is refused. */
    public Settlement approve(long staffAccountId, long settlementId) {
        int won = Sql.update(em, "UPDATE consignment_settlement SET status = 'APPROVED', approved_by = ?1, approved_at = ?2,"
                + " version = version + 1 WHERE id = ?3 AND status = 'DRAFT'", staffAccountId, clock.instant(), settlementId);
        Settlement settlement = find(settlementId).orElseThrow(() -> new RuleViolation(null, "consignment.settlement.notFound"));
        if (won == 0) {
            throw RuleViolation.conflict(null, "consignment.settlement.alreadyApproved");
        }
        Money net = settlement.totals().netPayable();
        if (net.rupiah() != 0 && !ledger.postSettlement(settlement.sellerId(), settlement.number(), net)) {
            throw new IllegalStateException("Settlement " + settlement.number() + " was posted before");
        }
        notices.approved(settlement);
        return settlement;
    }

    public Optional<Settlement> find(long id) {
        return list("WHERE id = ?1", id).stream().findFirst();
    }

    /** The seller's own statement, or empty when it is another seller's. */
    public Optional<Settlement> findOfSeller(long sellerId, long id) {
        return find(id).filter(s -> s.sellerId() == sellerId);
    }

    public List<Settlement> ofSeller(long sellerId) {
        return list("WHERE seller_id = ?1 ORDER BY id DESC LIMIT 100", sellerId);
    }

    public List<Settlement> recent() {
        return list("ORDER BY status = 'APPROVED', id DESC LIMIT 100");
    }

    /** Consignors with sales or refunds not yet on a statement, for the staff's run list. */
    public List<SellerSummary> sellersWithUnsettled() {
        return Sql.rows(em, "SELECT DISTINCT seller_id FROM consignment_sale_line WHERE settlement_id IS NULL"
                        + " OR (refund_settlement_id IS NULL AND sale_id IN (SELECT id FROM consignment_sale WHERE status = 'REFUNDED'))")
                .stream().map(r -> sellers.find(longOf(r[0]))).flatMap(Optional::stream).toList();
    }

    private List<Settlement> list(String where, Object... params) {
        return Sql.rows(em, "SELECT id, seller_id, period_from, period_to, units_sold, gross_rupiah, commission_rupiah,"
                + " units_refunded, adjustment_rupiah, units_returned, status, created_at, approved_at"
                + " FROM consignment_settlement " + where, params).stream().map(r -> {
                    long sellerId = longOf(r[1]);
                    StatementTotals totals = new StatementTotals(intOf(r[4]), Money.rupiah(longOf(r[5])),
                            Money.rupiah(longOf(r[6])), intOf(r[7]), Money.rupiah(-longOf(r[8])), intOf(r[9]));
                    return new Settlement(longOf(r[0]), sellerId,
                            sellers.find(sellerId).map(SellerSummary::businessName).orElse("#" + sellerId), date(r[2]),
                            date(r[3]), totals, (String) r[10], instant(r[11]), instant(r[12]), lines(longOf(r[0])));
                }).toList();
    }

    private List<StatementLine> lines(long settlementId) {
        return Sql.rows(em, "SELECT l.sale_id, i.name, l.quantity, l.gross_rupiah, l.commission_rupiah, l.net_rupiah,"
                        + " l.settlement_id = ?1 AS sold, l.refund_settlement_id = ?2 AS refunded FROM consignment_sale_line l"
                        + " JOIN consignment_item i ON i.id = l.item_id WHERE l.settlement_id = ?3 OR l.refund_settlement_id = ?4"
                        + " ORDER BY l.id", settlementId, settlementId, settlementId, settlementId).stream()
                .<StatementLine>mapMulti((r, out) -> {
                    String sale = References.sale(longOf(r[0]));
                    if (truthy(r[6])) {
                        out.accept(new StatementLine(sale, (String) r[1], intOf(r[2]), Money.rupiah(longOf(r[3])),
                                Money.rupiah(longOf(r[4])), Money.rupiah(longOf(r[5])), false));
                    }
                    if (truthy(r[7])) {
                        out.accept(new StatementLine(sale, (String) r[1], intOf(r[2]), Money.rupiah(-longOf(r[3])),
                                Money.rupiah(-longOf(r[4])), Money.rupiah(-longOf(r[5])), true));
                    }
                }).toList();
    }

    private static boolean truthy(Object value) {
        return value != null && (value instanceof Boolean b ? b : ((Number) value).intValue() != 0);
    }
}
