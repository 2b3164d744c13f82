package id.umkm.portal.payment.application;

import id.umkm.portal.payment.domain.LedgerAccount;
import id.umkm.portal.payment.domain.PostingRules;
import id.umkm.portal.seller.application.PayoutAccount;
import id.umkm.portal.seller.application.PayoutAccounts;
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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Payout batches: every seller owed at least the minimum gets a line, the ledger moves that amount out
 * of the seller's payable at once, and the batch's transfer file goes to the bank. Runs are serialised
 * by a row lock taken first, so two staff running a batch at the same moment, or a re-run, find the
 * balances already paid out and pay nothing twice; each line's ledger posting is also unique.
 */
@ApplicationScoped
@Transactional
public class Payouts {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Ledger ledger;

    @Inject
    private PayoutAccounts accounts;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "umkm.payout.minimum-rupiah", defaultValue = "50000")
    private long minimumRupiah;

    public record Batch(long id, String status, Money minimum, Money total, int lineCount, Instant createdAt, Instant paidAt) implements Serializable {
    }

    public record Line(String reference, long sellerId, String businessName, String method, String provider,
            String accountNumber, String accountHolder, Money amount) implements Serializable {
    }

    public Money minimum() {
        return Money.rupiah(minimumRupiah);
    }

    /** Runs a batch now; refused (nothing saved) when no seller with a payout account is owed the minimum. */
    public Batch run(Long staffAccountId) {
        em.createNativeQuery("SELECT id FROM payout_run_lock WHERE id = 1 FOR UPDATE").getSingleResult();
        List<Object[]> owed = rows(em.createNativeQuery("SELECT seller_id, SUM(credit_rupiah - debit_rupiah) FROM ledger_line"
                        + " WHERE account_code = ?1 AND seller_id IS NOT NULL GROUP BY seller_id"
                        + " HAVING SUM(credit_rupiah - debit_rupiah) >= ?2 ORDER BY seller_id")
                .setParameter(1, LedgerAccount.SELLER_PAYABLE.code()).setParameter(2, minimumRupiah).getResultList());
        List<PayoutAccount> payable = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        for (Object[] row : owed) {
            Optional<PayoutAccount> account = accounts.of(((Number) row[0]).longValue());
            if (account.isPresent()) {
                payable.add(account.get());
                amounts.add(((Number) row[1]).longValue());
            }
        }
        if (payable.isEmpty()) {
            throw RuleViolation.conflict(null, "payout.nothingDue", Money.rupiah(minimumRupiah).format());
        }
        Instant now = clock.instant();
        long total = amounts.stream().mapToLong(Long::longValue).sum();
        em.createNativeQuery("INSERT INTO payout_batch (status, minimum_rupiah, total_rupiah, line_count, created_by, created_at)"
                        + " VALUES ('EXPORTED', ?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, minimumRupiah).setParameter(2, total).setParameter(3, payable.size())
                .setParameter(4, staffAccountId).setParameter(5, utc(now)).executeUpdate();
        long batchId = ((Number) em.createNativeQuery("SELECT MAX(id) FROM payout_batch").getSingleResult()).longValue();
        for (int i = 0; i < payable.size(); i++) {
            PayoutAccount account = payable.get(i);
            Money amount = Money.rupiah(amounts.get(i));
            String reference = "PO-" + batchId + "-" + account.sellerId();
            em.createNativeQuery("INSERT INTO payout_line (batch_id, seller_id, reference, amount_rupiah, payout_method,"
                            + " provider, account_number, account_holder) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
                    .setParameter(1, batchId).setParameter(2, account.sellerId()).setParameter(3, reference)
                    .setParameter(4, amount.rupiah()).setParameter(5, account.method()).setParameter(6, account.provider())
                    .setParameter(7, account.accountNumber()).setParameter(8, account.accountHolder()).executeUpdate();
            if (!ledger.post(PostingRules.payout(account.sellerId(), reference, batchId, amount))) {
                throw new IllegalStateException("Payout line " + reference + " was posted before");
            }
        }
        return batch(batchId).orElseThrow();
    }

    /**
     * The weekly batch of the slot that began at slotStart, run by the first instance to claim the slot;
     * empty when the slot was claimed before or nobody was owed the minimum.
     */
    public Optional<Batch> runWeekly(Instant slotStart) {
        int claimed = em.createNativeQuery("INSERT IGNORE INTO payout_schedule_run (slot_start, ran_at) VALUES (?1, ?2)")
                .setParameter(1, utc(slotStart)).setParameter(2, utc(clock.instant())).executeUpdate();
        if (claimed == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(run(null));
        } catch (RuleViolation nothingDue) {
            // Nothing was written but the claim: the slot is done.
            return Optional.empty();
        }
    }

    /** Staff confirm the bank made the transfers: the batch is paid, and the money leaves the bank account in the ledger. */
    public Batch confirmTransferred(long batchId, Long staffAccountId) {
        int confirmed = em.createNativeQuery("UPDATE payout_batch SET status = 'PAID', paid_by = ?1, paid_at = ?2,"
                        + " version = version + 1 WHERE id = ?3 AND status = 'EXPORTED'")
                .setParameter(1, staffAccountId).setParameter(2, utc(clock.instant())).setParameter(3, batchId).executeUpdate();
        Batch batch = batch(batchId).orElseThrow(() -> new RuleViolation(null, "payout.noSuchBatch"));
        if (confirmed == 0) {
            throw RuleViolation.conflict(null, "payout.alreadyConfirmed");
        }
        for (Line line : lines(batchId)) {
            ledger.post(PostingRules.payoutSent(line.sellerId(), line.reference(), batchId, line.amount()));
        }
        return batch;
    }

    public Optional<Batch> batch(long batchId) {
        return rows(em.createNativeQuery("SELECT id, status, minimum_rupiah, total_rupiah, line_count, created_at, paid_at"
                + " FROM payout_batch WHERE id = ?1").setParameter(1, batchId).getResultList())
                .stream().map(Payouts::batchOf).findFirst();
    }

    public List<Batch> recentBatches() {
        return rows(em.createNativeQuery("SELECT id, status, minimum_rupiah, total_rupiah, line_count, created_at, paid_at"
                + " FROM payout_batch ORDER BY id DESC").setMaxResults(50).getResultList())
                .stream().map(Payouts::batchOf).toList();
    }

    public List<Line> lines(long batchId) {
        return rows(em.createNativeQuery("SELECT l.reference, l.seller_id, s.business_name, l.payout_method, l.provider,"
                        + " l.account_number, l.account_holder, l.amount_rupiah FROM payout_line l JOIN seller s ON s.id = l.seller_id"
                        + " WHERE l.batch_id = ?1 ORDER BY l.id").setParameter(1, batchId).getResultList())
                .stream().map(r -> new Line((String) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                        (String) r[4], (String) r[5], (String) r[6], Money.rupiah(((Number) r[7]).longValue()))).toList();
    }

    /** The seller's own payouts, newest first. */
    public List<SellerPayout> ofSeller(long sellerId) {
        return rows(em.createNativeQuery("SELECT l.reference, l.amount_rupiah, b.status, b.created_at, b.paid_at,"
                        + " l.provider, l.account_number FROM payout_line l JOIN payout_batch b ON b.id = l.batch_id"
                        + " WHERE l.seller_id = ?1 ORDER BY b.id DESC").setParameter(1, sellerId).getResultList())
                .stream().map(r -> new SellerPayout((String) r[0], Money.rupiah(((Number) r[1]).longValue()), (String) r[2],
                        instant(r[3]), instant(r[4]), (String) r[5], (String) r[6])).toList();
    }

    public record SellerPayout(String reference, Money amount, String status, Instant createdAt, Instant paidAt,
            String provider, String accountNumber) {
    }

    private static Batch batchOf(Object[] r) {
        return new Batch(((Number) r[0]).longValue(), (String) r[1], Money.rupiah(((Number) r[2]).longValue()),
                Money.rupiah(((Number) r[3]).longValue()), ((Number) r[4]).intValue(), instant(r[5]), instant(r[6]));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime local = value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
        return local.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
