package id.umkm.portal.payment.application;

import id.umkm.portal.payment.domain.LedgerAccount;
import id.umkm.portal.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** A seller's own view of the ledger: what moved on their payable account, and the fee withheld, per event. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SellerStatement {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    /**
     * @param kind RELEASE, REFUND, PAYOUT or PAYOUT_SENT
     * @param payable the change to what the portal owes the seller (negative for a payout)
     * @param fee the fee withheld (zero but for releases)
     */
    public record Entry(String kind, String orderNumber, String reference, Money payable, Money fee, Instant postedAt) {
    }

    /** Newest first, for this seller only. */
    public List<Entry> entries(long sellerId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT j.kind, j.order_number, j.source_reference,"
                        + " SUM(CASE WHEN l.account_code = ?2 THEN l.credit_rupiah - l.debit_rupiah ELSE 0 END),"
                        + " SUM(CASE WHEN l.account_code = ?3 THEN l.credit_rupiah ELSE 0 END), j.posted_at, j.id"
                        + " FROM ledger_line l JOIN ledger_journal j ON j.id = l.journal_id"
                        + " WHERE l.seller_id = ?1 AND l.account_code IN (?2, ?3, ?4)"
                        + " GROUP BY j.id, j.kind, j.order_number, j.source_reference, j.posted_at ORDER BY j.id DESC")
                .setParameter(1, sellerId).setParameter(2, LedgerAccount.SELLER_PAYABLE.code())
                .setParameter(3, LedgerAccount.FEE_INCOME.code()).setParameter(4, LedgerAccount.REFUNDS_PAYABLE.code())
                .setMaxResults(200).getResultList();
        return rows.stream().map(r -> new Entry((String) r[0], (String) r[1], (String) r[2],
                Money.rupiah(((Number) r[3]).longValue()), Money.rupiah(((Number) r[4]).longValue()),
                Payouts.instant(r[5]))).toList();
    }
}
