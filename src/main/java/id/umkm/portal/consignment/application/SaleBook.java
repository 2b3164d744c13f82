package id.umkm.portal.consignment.application;

import static id.umkm.portal.consignment.application.Sql.instant;
import static id.umkm.portal.consignment.application.Sql.intOf;
import static id.umkm.portal.consignment.application.Sql.longOf;

import id.umkm.portal.consignment.domain.Commission;
import id.umkm.portal.payment.application.OutletLedger;
import id.umkm.portal.payment.application.OutletLedger.Share;
import id.umkm.portal.payment.application.OutletLedger.Tender;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The counter's records. Units are taken from stock by a conditional UPDATE (… WHERE quantity_in_stock >= ?)
 * whose row count decides: two cashiers ringing up the last unit at once sell it once, and the other sale
 * is refused whole. Cash and card sales are paid at once; a QRIS sale holds its units as reserved until
 * the gateway confirms the payment, or gives them back when it is cancelled.
 */
@ApplicationScoped
@Transactional
public class SaleBook {

    private static final Logger LOG = Logger.getLogger(SaleBook.class.getName());
    private static final Pattern APPROVAL = Pattern.compile("[A-Za-z0-9]{4,12}");
    private static final Pattern LAST_DIGITS = Pattern.compile("\\d{4}");

    /** How long after payment a sale may be refunded. */
    public static final Duration REFUND_WINDOW = Duration.ofDays(1);
    static final int MAX_LINES = 60;

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Intakes intakes;

    @Inject
    private Agreements agreements;

    @Inject
    private OutletLedger ledger;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private Clock clock;

    public Sale open(long cashierAccountId, SaleRequest request) {
        if (request.tender() == null) {
            throw new RuleViolation("tender", "consignment.sale.tender.required");
        }
        Map<String, Integer> wanted = wanted(request.lines());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CityTime.ZONE);
        boolean paidNow = request.tender() != Tender.QRIS;
        List<Object[]> lines = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Integer> want : wanted.entrySet()) {
            Item item = intakes.item(want.getKey()).filter(i -> i.outletId() == request.outletId())
                    .orElseThrow(() -> new RuleViolation("lines", "consignment.sale.unknownCode", want.getKey()));
            int quantity = want.getValue();
            if (item.bestBefore() != null && item.bestBefore().isBefore(today)) {
                throw RuleViolation.conflict("lines", "consignment.sale.expired", item.name());
            }
            int taken = Sql.update(em, "UPDATE consignment_item SET quantity_in_stock = quantity_in_stock - ?1,"
                    + (paidNow ? " quantity_sold = quantity_sold + ?2," : " quantity_reserved = quantity_reserved + ?2,")
                    + " version = version + 1 WHERE id = ?3 AND quantity_in_stock >= ?4 AND unit_price_rupiah = ?5",
                    quantity, quantity, item.id(), quantity, item.unitPrice().rupiah());
            if (taken == 0) {
                throw RuleViolation.conflict("lines", "consignment.sale.outOfStock", item.name(), item.code());
            }
            BigDecimal percent = agreements.find(item.agreementId()).orElseThrow().commission().percentFor(item.categoryId());
            Commission.Line amounts = Commission.Line.of(quantity, item.unitPrice(), percent);
            total += amounts.gross().rupiah();
            lines.add(new Object[] {item, amounts});
        }
        Long cash = null;
        String approval = null;
        String lastDigits = null;
        if (request.tender() == Tender.CASH) {
            cash = request.cashReceivedRupiah();
            if (cash == null || cash < total) {
                throw new RuleViolation("cashReceived", "consignment.sale.cash.tooLittle", Money.rupiah(total).format());
            }
        } else if (request.tender() == Tender.CARD) {
            approval = request.cardApprovalCode() == null ? "" : request.cardApprovalCode().strip();
            lastDigits = request.cardLastDigits() == null ? "" : request.cardLastDigits().strip();
            if (!APPROVAL.matcher(approval).matches()) {
                throw new RuleViolation("cardApprovalCode", "consignment.sale.card.approval");
            }
            if (!LAST_DIGITS.matcher(lastDigits).matches()) {
                throw new RuleViolation("cardLastDigits", "consignment.sale.card.digits");
            }
        }
        long saleId = Sql.insert(em, "INSERT INTO consignment_sale (outlet_id, cashier_id, tender, status, total_rupiah,"
                        + " cash_received_rupiah, card_approval_code, card_last_digits, created_at, paid_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", request.outletId(), cashierAccountId,
                request.tender().name(), paidNow ? "PAID" : "AWAITING_PAYMENT", total, cash, approval, lastDigits, now,
                paidNow ? now : null);
        for (Object[] line : lines) {
            Item item = (Item) line[0];
            Commission.Line amounts = (Commission.Line) line[1];
            Sql.update(em, "INSERT INTO consignment_sale_line (sale_id, item_id, seller_id, quantity, unit_price_rupiah,"
                            + " gross_rupiah, commission_percent, commission_rupiah, net_rupiah) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    saleId, item.id(), item.sellerId(), amounts.quantity(), amounts.unitPrice().rupiah(),
                    amounts.gross().rupiah(), amounts.percent(), amounts.commission().rupiah(), amounts.net().rupiah());
        }
        Sale sale = find(saleId).orElseThrow();
        if (paidNow) {
            ledger.postSale(sale.number(), sale.tender(), shares(sale));
        }
        return sale;
    }

    private static Map<String, Integer> wanted(List<SaleRequest.Line> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new RuleViolation("lines", "consignment.sale.lines.required");
        }
        if (lines.size() > MAX_LINES) {
            throw new RuleViolation("lines", "consignment.sale.lines.tooMany", MAX_LINES);
        }
        Map<String, Integer> wanted = new LinkedHashMap<>();
        for (SaleRequest.Line line : lines) {
            if (line.code() == null || line.code().isBlank() || line.quantity() == null || line.quantity() < 1
                    || line.quantity() > 1000) {
                throw new RuleViolation("lines", "consignment.sale.line.invalid");
            }
            wanted.merge(line.code().strip().toUpperCase(), line.quantity(), Integer::sum);
        }
        return wanted;
    }

    /**
     * The gateway confirmed a QRIS sale was paid: its reserved units are sold and the ledger is posted, once.
     * Money for a sale cancelled meanwhile is not turned into a sale: it is logged as a refund the office owes.
     */
    public void markPaid(long saleId, Instant paidAt) {
        int won = Sql.update(em, "UPDATE consignment_sale SET status = 'PAID', paid_at = ?1, version = version + 1"
                + " WHERE id = ?2 AND status = 'AWAITING_PAYMENT'", paidAt, saleId);
        if (won == 0) {
            LOG.warning(() -> "Payment for outlet sale " + References.sale(saleId) + " arrived but the sale is not awaiting"
                    + " payment; if it was cancelled, the office owes the buyer a refund");
            return;
        }
        Sale sale = find(saleId).orElseThrow();
        for (Sale.Line line : sale.lines()) {
            Sql.update(em, "UPDATE consignment_item SET quantity_reserved = quantity_reserved - ?1, quantity_sold = quantity_sold + ?2,"
                    + " version = version + 1 WHERE id = ?3", line.quantity(), line.quantity(), line.itemId());
        }
        ledger.postSale(sale.number(), Tender.QRIS, shares(sale));
    }

    /** Calls off a QRIS sale still awaiting payment: its units go back on the shelf. False when it is no longer waiting. */
    public boolean cancel(long saleId) {
        int cancelled = Sql.update(em, "UPDATE consignment_sale SET status = 'CANCELLED', closed_at = ?1, version = version + 1"
                + " WHERE id = ?2 AND status = 'AWAITING_PAYMENT'", clock.instant(), saleId);
        if (cancelled == 0) {
            return false;
        }
        for (Sale.Line line : find(saleId).orElseThrow().lines()) {
            Sql.update(em, "UPDATE consignment_item SET quantity_reserved = quantity_reserved - ?1,"
                    + " quantity_in_stock = quantity_in_stock + ?2, version = version + 1 WHERE id = ?3",
                    line.quantity(), line.quantity(), line.itemId());
        }
        return true;
    }

    /**
     * Refunds a paid sale within a day of payment, with the reason: the goods go back in stock, the ledger
     * reverses the consignors' shares. A refund of a sale already settled becomes an adjustment in the
     * consignor's next statement (the line's refund is settled separately).
     */
    public Sale refund(long saleId, long cashierAccountId, String reason) {
        if (reason == null || reason.strip().length() < 3 || reason.strip().length() > 255) {
            throw new RuleViolation("reason", "consignment.refund.reason.required");
        }
        Instant now = clock.instant();
        int refunded = Sql.update(em, "UPDATE consignment_sale SET status = 'REFUNDED', refunded_at = ?1, refunded_by = ?2,"
                + " refund_reason = ?3, version = version + 1 WHERE id = ?4 AND status = 'PAID' AND paid_at >= ?5",
                now, cashierAccountId, reason.strip(), saleId, now.minus(REFUND_WINDOW));
        Sale sale = find(saleId).orElseThrow(() -> new RuleViolation(null, "consignment.sale.notFound"));
        if (refunded == 0) {
            throw RuleViolation.conflict(null, sale.isPaid() ? "consignment.refund.tooLate" : "consignment.refund.notPaid");
        }
        for (Sale.Line line : sale.lines()) {
            Sql.update(em, "UPDATE consignment_item SET quantity_sold = quantity_sold - ?1, quantity_in_stock = quantity_in_stock + ?2,"
                    + " version = version + 1 WHERE id = ?3", line.quantity(), line.quantity(), line.itemId());
        }
        ledger.postRefund(References.refund(saleId), sale.number(), sale.tender(), shares(sale));
        return sale;
    }

    /** QRIS sales still awaiting payment that were opened before the instant. */
    public List<Long> awaitingSince(Instant openedBefore) {
        return Sql.rows(em, "SELECT id FROM consignment_sale WHERE status = 'AWAITING_PAYMENT' AND created_at < ?1 LIMIT 100",
                openedBefore).stream().map(r -> longOf(r[0])).toList();
    }

    public Optional<Sale> find(long saleId) {
        return Sql.rows(em, "SELECT s.id, s.outlet_id, o.name, a.full_name, s.tender, s.status, s.total_rupiah,"
                        + " s.cash_received_rupiah, s.card_approval_code, s.card_last_digits, s.created_at, s.paid_at,"
                        + " s.refunded_at, s.refund_reason FROM consignment_sale s JOIN consignment_outlet o ON o.id = s.outlet_id"
                        + " JOIN account a ON a.id = s.cashier_id WHERE s.id = ?1", saleId).stream()
                .map(r -> new Sale(longOf(r[0]), longOf(r[1]), (String) r[2], (String) r[3], Tender.valueOf((String) r[4]),
                        (String) r[5], Money.rupiah(longOf(r[6])), r[7] == null ? null : Money.rupiah(longOf(r[7])),
                        (String) r[8], (String) r[9], instant(r[10]), instant(r[11]), instant(r[12]), (String) r[13],
                        lines(saleId)))
                .findFirst();
    }

    /** The outlet's sales of the last day, newest first: the cashier's list for receipts and refunds. */
    public List<Sale> recent(long outletId) {
        return Sql.rows(em, "SELECT id FROM consignment_sale WHERE outlet_id = ?1 AND created_at >= ?2 ORDER BY id DESC LIMIT 50",
                outletId, clock.instant().minus(REFUND_WINDOW)).stream().map(r -> find(longOf(r[0])).orElseThrow()).toList();
    }

    /** A consignor's own sold units, newest first: what sold, when, and what it earned them. */
    public record ConsignorSale(String saleNumber, Instant paidAt, String status, String itemName, int quantity, Money gross,
            Money commission, Money net, boolean settled) {
    }

    public List<ConsignorSale> salesOf(long sellerId) {
        return Sql.rows(em, "SELECT s.id, s.paid_at, s.status, i.name, l.quantity, l.gross_rupiah, l.commission_rupiah, l.net_rupiah,"
                        + " l.settlement_id FROM consignment_sale_line l JOIN consignment_sale s ON s.id = l.sale_id"
                        + " JOIN consignment_item i ON i.id = l.item_id WHERE l.seller_id = ?1 AND s.status IN ('PAID', 'REFUNDED')"
                        + " ORDER BY s.paid_at DESC LIMIT 200", sellerId).stream()
                .map(r -> new ConsignorSale(References.sale(longOf(r[0])), instant(r[1]), (String) r[2], (String) r[3], intOf(r[4]),
                        Money.rupiah(longOf(r[5])), Money.rupiah(longOf(r[6])), Money.rupiah(longOf(r[7])), r[8] != null))
                .toList();
    }

    private List<Sale.Line> lines(long saleId) {
        return Sql.rows(em, "SELECT l.item_id, i.code, i.name, l.seller_id, l.quantity, l.unit_price_rupiah, l.gross_rupiah,"
                        + " l.commission_rupiah, l.net_rupiah, l.commission_percent FROM consignment_sale_line l"
                        + " JOIN consignment_item i ON i.id = l.item_id WHERE l.sale_id = ?1 ORDER BY l.id", saleId).stream()
                .map(r -> new Sale.Line(longOf(r[0]), (String) r[1], (String) r[2], longOf(r[3]), sellerName(longOf(r[3])),
                        intOf(r[4]), Money.rupiah(longOf(r[5])), Money.rupiah(longOf(r[6])), Money.rupiah(longOf(r[7])),
                        Money.rupiah(longOf(r[8]))))
                .toList();
    }

    static List<Share> shares(Sale sale) {
        Map<Long, long[]> bySeller = new LinkedHashMap<>();
        for (Sale.Line line : sale.lines()) {
            long[] sums = bySeller.computeIfAbsent(line.sellerId(), id -> new long[2]);
            sums[0] += line.gross().rupiah();
            sums[1] += line.commission().rupiah();
        }
        return bySeller.entrySet().stream()
                .map(e -> new Share(e.getKey(), Money.rupiah(e.getValue()[0]), Money.rupiah(e.getValue()[1]))).toList();
    }

    private String sellerName(long sellerId) {
        return sellers.find(sellerId).map(SellerSummary::businessName).orElse("#" + sellerId);
    }
}
