package id.umkm.portal.payment.application;

import id.umkm.portal.payment.domain.LedgerAccount;
import id.umkm.portal.payment.domain.PostingRules;
import id.umkm.portal.payment.domain.PostingRules.ConsignorShare;
import id.umkm.portal.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * The ledger as the consignment outlets use it (docs/consignment.md): sales and refunds at the counter
 * post each consignor's share to "consignment unsettled" (2500) and the outlet's commission to 4200;
 * an approved statement moves the net to the seller's payable (2200), which payout batches pay. Every
 * posting is unique per reference, so a repeat posts nothing.
 */
@ApplicationScoped
@Transactional
public class OutletLedger {

    /** How the buyer paid at the counter: QRIS through the gateway, or cash and card, only recorded. */
    public enum Tender {
        QRIS, CASH, CARD
    }

    /** One consignor's part of a sale. */
    public record Share(long sellerId, Money gross, Money commission) {
    }

    /** Totals of a consignor's postings: the net owed and the commission kept. */
    public record Totals(Money net, Money commission) {

        public Money gross() {
            return net.plus(commission);
        }
    }

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Ledger ledger;

    /** A sale was paid; QRIS money was held on receipt by the payment context. True when this call posted it. */
    public boolean postSale(String saleReference, Tender tender, List<Share> shares) {
        LedgerAccount into = switch (tender) {
            case QRIS -> LedgerAccount.HELD_FOR_ORDERS;
            case CASH -> LedgerAccount.OUTLET_CASH;
            case CARD -> LedgerAccount.CARD_CLEARING;
        };
        return ledger.post(PostingRules.outletSale(saleReference, into, consignorShares(shares)));
    }

    /** A paid sale was refunded: QRIS money is owed back to the buyer; cash leaves the till; the card payment is voided. */
    public boolean postRefund(String refundReference, String saleReference, Tender tender, List<Share> shares) {
        LedgerAccount from = switch (tender) {
            case QRIS -> LedgerAccount.REFUNDS_PAYABLE;
            case CASH -> LedgerAccount.OUTLET_CASH;
            case CARD -> LedgerAccount.CARD_CLEARING;
        };
        return ledger.post(PostingRules.outletRefund(refundReference, saleReference, from, consignorShares(shares)));
    }

    /** An approved statement: its net payable becomes payable to the seller. False when it was posted before. */
    public boolean postSettlement(long sellerId, String settlementReference, Money net) {
        return ledger.post(PostingRules.settlement(sellerId, settlementReference, net));
    }

    /** What the consignor's sales (OUTLET_SALE) or refunds (OUTLET_REFUND) with these references posted for them. */
    public Totals totals(long sellerId, String kind, Collection<String> references) {
        if (!"OUTLET_SALE".equals(kind) && !"OUTLET_REFUND".equals(kind)) {
            throw new IllegalArgumentException("Not an outlet posting: " + kind);
        }
        if (references.isEmpty()) {
            return new Totals(Money.ZERO, Money.ZERO);
        }
        List<String> refs = List.copyOf(references);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < refs.size(); i++) {
            in.append(i == 0 ? "?" : ", ?").append(i + 5);
        }
        var query = em.createNativeQuery("SELECT"
                        + " COALESCE(SUM(CASE WHEN l.account_code = ?3 THEN l.credit_rupiah + l.debit_rupiah ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN l.account_code = ?4 THEN l.credit_rupiah + l.debit_rupiah ELSE 0 END), 0)"
                        + " FROM ledger_line l JOIN ledger_journal j ON j.id = l.journal_id"
                        + " WHERE j.kind = ?1 AND l.seller_id = ?2 AND j.source_reference IN (" + in + ")")
                .setParameter(1, kind).setParameter(2, sellerId)
                .setParameter(3, LedgerAccount.CONSIGNMENT_UNSETTLED.code())
                .setParameter(4, LedgerAccount.OUTLET_COMMISSION.code());
        for (int i = 0; i < refs.size(); i++) {
            query.setParameter(i + 5, refs.get(i));
        }
        Object[] sums = (Object[]) query.getSingleResult();
        return new Totals(Money.rupiah(((Number) sums[0]).longValue()), Money.rupiah(((Number) sums[1]).longValue()));
    }

    /** The consignor's outlet sales not yet moved to their payable by an approved statement. */
    public Money unsettled(long sellerId) {
        return ledger.balance(LedgerAccount.CONSIGNMENT_UNSETTLED, sellerId);
    }

    private static List<ConsignorShare> consignorShares(List<Share> shares) {
        return shares.stream().map(s -> new ConsignorShare(s.sellerId(), s.gross().rupiah(), s.commission().rupiah())).toList();
    }
}
