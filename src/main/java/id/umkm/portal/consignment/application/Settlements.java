package id.umkm.portal.consignment.application;

import static id.umkm.portal.consignment.application.Sql.date;
import static id.umkm.portal.consignment.application.Sql.instant;
import static id.umkm.portal.consignment.application.Sql.intOf;
import static id.umkm.portal.consignment.application.Sql.longOf;

import id.umkm.portal.consignment.domain.AgreementTerms;
import id.umkm.portal.consignment.domain.PayoutPeriod;
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
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(Settlements.class.getName());

    public record StatementLine(String saleNumber, String name, int quantity, Money gross, Money commission, Money net,
            boolean refund) implements Serializable {
    }

    /** A statement; agreementId is set when the payout schedule drew it, null when staff did. */
    public record Settlement(long id, long sellerId, String sellerName, Long agreementId, LocalDate periodFrom, LocalDate periodTo,
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
        if (lockAgreements(sellerId).isEmpty()) {
            throw new RuleViolation("sellerId", "consignment.settlement.noAgreement");
        }
        LocalDate from = Sql.rows(em, "SELECT MAX(period_to) FROM consignment_settlement WHERE seller_id = ?1", sellerId).stream()
                .map(r -> date(r[0])).filter(d -> d != null).map(d -> d.plusDays(1)).findFirst()
                .orElseGet(() -> firstAgreementDay(sellerId));
        if (from.isAfter(upTo)) {
            from = upTo;
        }
        Due due = due(sellerId, null, upTo.plusDays(1).atStartOfDay(CityTime.ZONE).toInstant());
        if (due.isEmpty()) {
            throw RuleViolation.conflict(null, "consignment.settlement.nothingDue");
        }
        return find(record(staffAccountId, sellerId, null, from, upTo, due)).orElseThrow();
    }

    /**
     * The payout schedule's statement of an agreement for a period that has ended: its outlet's sales of the
     * seller paid before the period's end and not settled yet (earlier ones too), and refunds of settled
     * sales, as adjustments. The period is claimed first (consignment_payout_run), so of any number of runs,
     * here or on other instances, one draws it; a statement is unique per agreement and period end besides.
     * A period with nothing due, or with sale lines the ledger does not know, is recorded as such and not
     * looked at again. Empty unless this call drew the statement.
     */
    public Optional<Settlement> drawScheduled(long agreementId, PayoutPeriod period) {
        // The seller's agreements are locked first, as every statement run does, and by a locking read: a
        // second run waits here holding nothing (claiming first would have it hold the agreement's row through
        // the claim's foreign key, a deadlock), and the lines are then read as they stand, not from a
        // snapshot older than a statement drawn meanwhile.
        Object[] agreement = Sql.rows(em, "SELECT id, seller_id, outlet_id FROM consignment_agreement WHERE seller_id ="
                + " (SELECT seller_id FROM consignment_agreement WHERE id = ?1) FOR UPDATE", agreementId).stream()
                .filter(r -> longOf(r[0]) == agreementId).findFirst().orElseThrow();
        int claimed = Sql.update(em, "INSERT IGNORE INTO consignment_payout_run (agreement_id, period_end, period_start, outcome,"
                + " ran_at) VALUES (?1, ?2, ?3, 'NOTHING_DUE', ?4)", agreementId, period.to(), period.from(), clock.instant());
        if (claimed == 0) {
            return Optional.empty();
        }
        long sellerId = longOf(agreement[1]);
        Due due = due(sellerId, longOf(agreement[2]), period.end());
        if (due.isEmpty()) {
            return Optional.empty();
        }
        try {
            long id = record(null, sellerId, agreementId, period.from(), period.to(), due);
            Sql.update(em, "UPDATE consignment_payout_run SET outcome = 'DRAWN', settlement_id = ?1 WHERE agreement_id = ?2"
                    + " AND period_end = ?3", id, agreementId, period.to());
            return find(id);
        } catch (LedgerMismatch mismatch) {
            Sql.update(em, "UPDATE consignment_payout_run SET outcome = 'LEDGER_MISMATCH' WHERE agreement_id = ?1 AND period_end = ?2",
                    agreementId, period.to());
            LOG.warning(() -> "No statement of agreement " + References.agreement(agreementId) + " for " + period + ": "
                    + mismatch.getMessage() + "; staff draw it up by hand once the ledger is put right");
            return Optional.empty();
        }
    }

    /** Agreements of the frequency in force at some time during the period whose statement for it was not drawn. */
    public List<Long> awaitingStatement(AgreementTerms.PayoutFrequency frequency, PayoutPeriod period) {
        return Sql.rows(em, "SELECT a.id FROM consignment_agreement a WHERE a.payout_frequency = ?1 AND a.accepted_at < ?2"
                        + " AND (a.ended_at IS NULL OR a.ended_at >= ?3) AND NOT EXISTS (SELECT 1 FROM consignment_payout_run r"
                        + " WHERE r.agreement_id = a.id AND r.period_end = ?4) ORDER BY a.id",
                frequency.name(), period.end(), period.start(), period.to()).stream().map(r -> longOf(r[0])).toList();
    }

    /** Sale lines sold, and lines refunded, that no statement has claimed yet. */
    private record Due(List<Long> sold, List<Long> refunded) {

        boolean isEmpty() {
            return sold.isEmpty() && refunded.isEmpty();
        }
    }

    /** The seller's unsettled sale lines (at the outlet, or all outlets when null) paid, or refunded, before the end. */
    private Due due(long sellerId, Long outletId, Instant end) {
        String atOutlet = " AND (?3 IS NULL OR s.outlet_id = ?4)";
        List<Long> sold = Sql.rows(em, "SELECT l.id FROM consignment_sale_line l JOIN consignment_sale s ON s.id = l.sale_id"
                + " WHERE l.seller_id = ?1 AND l.settlement_id IS NULL AND s.status IN ('PAID', 'REFUNDED') AND s.paid_at < ?2"
                + atOutlet, sellerId, end, outletId, outletId).stream().map(r -> longOf(r[0])).toList();
        List<Long> refunded = Sql.rows(em, "SELECT l.id FROM consignment_sale_line l JOIN consignment_sale s ON s.id = l.sale_id"
                + " WHERE l.seller_id = ?1 AND l.refund_settlement_id IS NULL AND s.status = 'REFUNDED' AND s.refunded_at < ?2"
                + atOutlet, sellerId, end, outletId, outletId).stream().map(r -> longOf(r[0])).toList();
        return new Due(sold, refunded);
    }

    /**
     * Writes the statement of the due lines: checks their net against the ledger's postings for their sales
     * and refunds before anything is written (LedgerMismatch), then claims each line once (… WHERE
     * settlement_id IS NULL) and stores the totals read from the ledger.
     */
    private long record(Long createdBy, long sellerId, Long agreementId, LocalDate from, LocalDate to, Due due) {
        List<StatementLine> sold = statementLines(due.sold(), false);
        List<StatementLine> refunded = statementLines(due.refunded(), true);
        OutletLedger.Totals sales = ledger.totals(sellerId, "OUTLET_SALE", sold.stream().map(StatementLine::saleNumber).distinct()
                .toList());
        OutletLedger.Totals refunds = ledger.totals(sellerId, "OUTLET_REFUND", refunded.stream()
                .map(l -> References.refund(References.saleId(l.saleNumber()))).distinct().toList());
        agree(sellerId, "sales", sales.net(), sum(sold));
        agree(sellerId, "refunds", refunds.net(), Money.ZERO.minus(sum(refunded)));
        long id = Sql.insert(em, "INSERT INTO consignment_settlement (seller_id, agreement_id, period_from, period_to, units_sold,"
                + " gross_rupiah, commission_rupiah, net_sales_rupiah, units_refunded, adjustment_rupiah, units_returned,"
                + " net_payable_rupiah, status, created_by, created_at) VALUES (?1, ?2, ?3, ?4, 0, 0, 0, 0, 0, 0, 0, 0, 'DRAFT', ?5, ?6)",
                sellerId, agreementId, from, to, createdBy, clock.instant());
        claim("settlement_id", id, due.sold());
        claim("refund_settlement_id", id, due.refunded());
        int unitsReturned = intOf(Sql.query(em, "SELECT COALESCE(SUM(r.quantity), 0) FROM consignment_return_line r"
                + " JOIN consignment_return_note n ON n.id = r.note_id WHERE n.seller_id = ?1 AND n.created_at >= ?2"
                + " AND n.created_at < ?3", sellerId, from.atStartOfDay(CityTime.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(CityTime.ZONE).toInstant()).getSingleResult());
        StatementTotals totals = new StatementTotals(units(sold), sales.gross(), sales.commission(), units(refunded), refunds.net(),
                unitsReturned);
        Sql.update(em, "UPDATE consignment_settlement SET units_sold = ?1, gross_rupiah = ?2, commission_rupiah = ?3,"
                        + " net_sales_rupiah = ?4, units_refunded = ?5, adjustment_rupiah = ?6, units_returned = ?7,"
                        + " net_payable_rupiah = ?8 WHERE id = ?9", totals.unitsSold(), totals.gross().rupiah(),
                totals.commission().rupiah(), totals.netSales().rupiah(), totals.unitsRefunded(), totals.adjustment().rupiah(),
                totals.unitsReturned(), totals.netPayable().rupiah(), id);
        return id;
    }

    /** Claims the lines for the statement; each was unclaimed when read, under the seller's agreement locks. */
    private void claim(String column, long settlementId, List<Long> lineIds) {
        if (lineIds.isEmpty()) {
            return;
        }
        Object[] params = new Object[lineIds.size() + 1];
        params[0] = settlementId;
        for (int i = 0; i < lineIds.size(); i++) {
            params[i + 1] = lineIds.get(i);
        }
        int claimed = Sql.update(em, "UPDATE consignment_sale_line SET " + column + " = ?1 WHERE " + column + " IS NULL AND id IN ("
                + Sql.params(2, lineIds.size()) + ")", params);
        if (claimed != lineIds.size()) {
            throw new IllegalStateException("Sale lines " + lineIds + " were claimed by another statement meanwhile");
        }
    }

    /** The statement's net must be what the ledger posted for its sales (and refunds), or nothing is drawn. */
    private static void agree(long sellerId, String what, Money ledgerNet, Money linesNet) {
        if (!ledgerNet.equals(linesNet)) {
            throw new LedgerMismatch("the ledger's " + what + " of seller " + sellerId + " come to " + ledgerNet
                    + ", their sale lines to " + linesNet);
        }
    }

    private static Money sum(List<StatementLine> lines) {
        return lines.stream().map(StatementLine::net).reduce(Money.ZERO, Money::plus);
    }

    private static int units(List<StatementLine> lines) {
        return lines.stream().mapToInt(StatementLine::quantity).sum();
    }

    private List<Object[]> lockAgreements(long sellerId) {
        return Sql.rows(em, "SELECT id FROM consignment_agreement WHERE seller_id = ?1 FOR UPDATE", sellerId);
    }

    /** Sale lines that the ledger does not account for (rows written around the counter, or a posting lost). */
    private static final class LedgerMismatch extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        LedgerMismatch(String message) {
            super(message);
        }
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
                + " units_refunded, adjustment_rupiah, units_returned, status, created_at, approved_at, agreement_id"
                + " FROM consignment_settlement " + where, params).stream().map(r -> {
                    long sellerId = longOf(r[1]);
                    StatementTotals totals = new StatementTotals(intOf(r[4]), Money.rupiah(longOf(r[5])),
                            Money.rupiah(longOf(r[6])), intOf(r[7]), Money.rupiah(-longOf(r[8])), intOf(r[9]));
                    return new Settlement(longOf(r[0]), sellerId,
                            sellers.find(sellerId).map(SellerSummary::businessName).orElse("#" + sellerId),
                            r[13] == null ? null : longOf(r[13]), date(r[2]),
                            date(r[3]), totals, (String) r[10], instant(r[11]), instant(r[12]), lines(longOf(r[0])));
                }).toList();
    }

    private List<StatementLine> lines(long settlementId) {
        return Sql.rows(em, "SELECT l.sale_id, i.name, l.quantity, l.gross_rupiah, l.commission_rupiah, l.net_rupiah,"
                        + " l.settlement_id = ?1 AS sold, l.refund_settlement_id = ?2 AS refunded FROM consignment_sale_line l"
                        + " JOIN consignment_item i ON i.id = l.item_id WHERE l.settlement_id = ?3 OR l.refund_settlement_id = ?4"
                        + " ORDER BY l.id", settlementId, settlementId, settlementId, settlementId).stream()
                .<StatementLine>mapMulti((r, out) -> {
                    if (truthy(r[6])) {
                        out.accept(line(r, false));
                    }
                    if (truthy(r[7])) {
                        out.accept(line(r, true));
                    }
                }).toList();
    }

    private List<StatementLine> statementLines(List<Long> lineIds, boolean refund) {
        if (lineIds.isEmpty()) {
            return List.of();
        }
        return Sql.rows(em, "SELECT l.sale_id, i.name, l.quantity, l.gross_rupiah, l.commission_rupiah, l.net_rupiah"
                        + " FROM consignment_sale_line l JOIN consignment_item i ON i.id = l.item_id WHERE l.id IN ("
                        + Sql.params(1, lineIds.size()) + ") ORDER BY l.id", lineIds.toArray()).stream()
                .map(r -> line(r, refund)).toList();
    }

    /** A sale line as the statement shows it; a refund carries the line's amounts negated. */
    private static StatementLine line(Object[] r, boolean refund) {
        long sign = refund ? -1 : 1;
        return new StatementLine(References.sale(longOf(r[0])), (String) r[1], intOf(r[2]), Money.rupiah(sign * longOf(r[3])),
                Money.rupiah(sign * longOf(r[4])), Money.rupiah(sign * longOf(r[5])), refund);
    }

    private static boolean truthy(Object value) {
        return value != null && (value instanceof Boolean b ? b : ((Number) value).intValue() != 0);
    }
}
