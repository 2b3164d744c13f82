package id.umkm.portal.payment.application;

import id.umkm.portal.payment.domain.Journal;
import id.umkm.portal.payment.domain.LedgerAccount;
import id.umkm.portal.payment.domain.Posting;
import id.umkm.portal.payment.domain.PostingRules;
import id.umkm.portal.payment.domain.SellerFee;
import id.umkm.portal.shared.domain.Money;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts balanced journals, each at most once: the journal row is inserted with INSERT IGNORE against the
 * unique (kind, source_reference) key, so a second posting of the same event (even at the same moment,
 * from another transaction) inserts nothing and adds no lines. Balances are sums over the lines.
 */
@ApplicationScoped
@Transactional
public class Ledger implements SellerLedger {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The QRIS MDR passed on to sellers, in percent of the order (docs/payments.md). */
    @Inject
    @ConfigProperty(name = "umkm.payment.seller-fee-percent", defaultValue = "0.3")
    private String feePercent;

    private SellerFee fee;

    @PostConstruct
    void readFee() {
        fee = SellerFee.percent(feePercent);
    }

    /** Posts the journal unless it was posted before; true when this call posted it. */
    public boolean post(Journal journal) {
        int inserted = em.createNativeQuery("INSERT IGNORE INTO ledger_journal (kind, source_reference,"
                        + " payment_reference, order_number, payout_batch_id, memo, posted_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, journal.kind().name()).setParameter(2, journal.sourceReference())
                .setParameter(3, journal.paymentReference()).setParameter(4, journal.orderNumber())
                .setParameter(5, journal.payoutBatchId()).setParameter(6, journal.memo())
                .setParameter(7, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        long journalId = ((Number) em.createNativeQuery("SELECT id FROM ledger_journal WHERE kind = ?1 AND source_reference = ?2")
                .setParameter(1, journal.kind().name()).setParameter(2, journal.sourceReference()).getSingleResult()).longValue();
        for (Posting line : journal.lines()) {
            em.createNativeQuery("INSERT INTO ledger_line (journal_id, account_code, seller_id, debit_rupiah, credit_rupiah)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, journalId).setParameter(2, line.account().code()).setParameter(3, line.sellerId())
                    .setParameter(4, line.debit()).setParameter(5, line.credit()).executeUpdate();
        }
        return true;
    }

    @Override
    public void releaseToSeller(long sellerId, String paymentReference, String orderNumber, Money amount) {
        post(PostingRules.release(sellerId, paymentReference, orderNumber, amount, fee));
    }

    @Override
    public void refundToBuyer(long sellerId, String paymentReference, String orderNumber, Money amount) {
        post(PostingRules.refund(sellerId, paymentReference, orderNumber, amount));
    }

    @Override
    public Money payableBalance(long sellerId) {
        return balance(LedgerAccount.SELLER_PAYABLE, sellerId);
    }

    /** Credits less debits of a seller's lines on an account (what the portal owes on a liability). */
    public Money balance(LedgerAccount account, long sellerId) {
        Number sum = (Number) em.createNativeQuery("SELECT COALESCE(SUM(credit_rupiah - debit_rupiah), 0) FROM ledger_line"
                        + " WHERE account_code = ?1 AND seller_id = ?2")
                .setParameter(1, account.code()).setParameter(2, sellerId).getSingleResult();
        return Money.rupiah(sum.longValue());
    }

    public SellerFee fee() {
        return fee;
    }
}
