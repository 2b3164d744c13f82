package id.umkm.portal.payment.application;

import id.umkm.portal.payment.application.PaymentGateway.GatewayStatus;
import id.umkm.portal.payment.domain.GatewayNotification;
import id.umkm.portal.payment.domain.Payment;
import id.umkm.portal.payment.domain.PaymentState;
import id.umkm.portal.payment.domain.PostingRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The portal's payment records and the notification log. A payment's state moves only by conditional
 * updates whose row count says who won: of any number of notifications (repeated, concurrent, out of
 * order), exactly one turns a charge PAID, and only that one posts the ledger and fires PaymentReceived.
 */
@ApplicationScoped
@Transactional
public class PaymentRecords {

    private static final Logger LOG = Logger.getLogger(PaymentRecords.class.getName());

    /** What the portal made of a (confirmed) gateway status. */
    public enum Outcome {
        PAID, CLOSED, PENDING, UNCHANGED, AMOUNT_MISMATCH, UNKNOWN_REFERENCE, REJECTED, UNCONFIRMED, MALFORMED
    }

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Ledger ledger;

    @Inject
    private Event<PaymentReceived> received;

    @Inject
    private Clock clock;

    public Optional<Payment> find(String reference) {
        return em.createQuery("SELECT p FROM Payment p WHERE p.reference = :r", Payment.class)
                .setParameter("r", reference).getResultStream().findFirst();
    }

    /** Pending charges opened before the first instant that had not expired by the second, oldest first. */
    @SuppressWarnings("unchecked")
    public List<String> pendingSince(Instant openedBefore, Instant expiredAfter) {
        return em.createNativeQuery("SELECT reference FROM payment WHERE state = 'PENDING' AND created_at <= ?1"
                        + " AND expires_at >= ?2 ORDER BY created_at")
                .setParameter(1, utc(openedBefore)).setParameter(2, utc(expiredAfter)).setMaxResults(50).getResultList();
    }

    /** Records a charge the gateway opened; a concurrent record for the same reference makes this fail on the unique key. */
    public Payment open(Payment payment) {
        em.persist(payment);
        em.flush();
        return payment;
    }

    /** Applies what the gateway confirmed about a charge, then logs the notification (if any) that asked. */
    public Outcome apply(GatewayStatus status, GatewayNotification notification, String remoteIp, String body) {
        Outcome outcome = apply(status);
        if (notification != null) {
            log(notification, true, outcome, status.transactionStatus(), remoteIp, body);
        }
        return outcome;
    }

    private Outcome apply(GatewayStatus status) {
        Optional<Payment> found = find(status.orderId());
        if (found.isEmpty()) {
            return Outcome.UNKNOWN_REFERENCE;
        }
        Payment payment = found.get();
        PaymentState state = PaymentState.ofMidtrans(status.transactionStatus(), status.fraudStatus());
        return switch (state) {
            case PAID -> markPaid(payment, status);
            case EXPIRED, CANCELLED, DENIED -> close(payment.getReference(), state) ? Outcome.CLOSED : Outcome.UNCHANGED;
            case PENDING -> Outcome.PENDING;
            // Refunds are made by the office outside the gateway: a gateway refund is only logged.
            case REFUNDED -> Outcome.UNCHANGED;
        };
    }

    private Outcome markPaid(Payment payment, GatewayStatus status) {
        if (!payment.getAmount().equals(status.grossAmount())) {
            LOG.warning(() -> "Gateway says " + payment.getReference() + " was paid " + status.grossAmount()
                    + " but the charge was for " + payment.getAmount() + "; not marked paid");
            return Outcome.AMOUNT_MISMATCH;
        }
        Instant paidAt = status.settledAt() != null ? status.settledAt() : clock.instant();
        int won = em.createNativeQuery("UPDATE payment SET state = 'PAID', paid_at = ?1, gateway_transaction_id ="
                        + " COALESCE(?2, gateway_transaction_id), closed_at = NULL, version = version + 1"
                        + " WHERE reference = ?3 AND state NOT IN ('PAID', 'REFUNDED')")
                .setParameter(1, utc(paidAt)).setParameter(2, status.transactionId())
                .setParameter(3, payment.getReference()).executeUpdate();
        if (won == 0) {
            return Outcome.UNCHANGED;
        }
        ledger.post(PostingRules.paymentReceived(payment.getReference(), payment.getAmount()));
        received.fire(new PaymentReceived(payment.getReference(), payment.getAmount(), paidAt));
        return Outcome.PAID;
    }

    /** Closes an unpaid charge (expired, cancelled, denied); false when it was no longer pending. */
    public boolean close(String reference, PaymentState state) {
        return em.createNativeQuery("UPDATE payment SET state = ?1, closed_at = ?2, version = version + 1"
                        + " WHERE reference = ?3 AND state = 'PENDING'")
                .setParameter(1, state.name()).setParameter(2, utc(clock.instant())).setParameter(3, reference)
                .executeUpdate() == 1;
    }

    /** Keeps a notification the portal did not act on (bad signature, no confirmation, unknown reference). */
    public void logUnapplied(GatewayNotification notification, boolean signatureValid, Outcome outcome,
            String remoteIp, String body) {
        log(notification, signatureValid, outcome, null, remoteIp, body);
    }

    private void log(GatewayNotification n, boolean signatureValid, Outcome outcome, String confirmedStatus,
            String remoteIp, String body) {
        em.createNativeQuery("INSERT INTO payment_notification (reference, transaction_status, status_code, gross_amount,"
                        + " transaction_id, signature_valid, outcome, confirmed_status, remote_ip, body, received_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, cut(n.orderId(), 50)).setParameter(2, cut(n.transactionStatus(), 20))
                .setParameter(3, cut(n.statusCode(), 3)).setParameter(4, cut(n.grossAmount(), 20))
                .setParameter(5, cut(n.transactionId(), 64)).setParameter(6, signatureValid)
                .setParameter(7, outcome.name()).setParameter(8, confirmedStatus).setParameter(9, cut(remoteIp, 45))
                .setParameter(10, cut(body, 4000)).setParameter(11, utc(clock.instant())).executeUpdate();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
