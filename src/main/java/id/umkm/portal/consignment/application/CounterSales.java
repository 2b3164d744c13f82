package id.umkm.portal.consignment.application;

import id.umkm.portal.payment.application.OutletLedger.Tender;
import id.umkm.portal.payment.domain.PaymentState;
import id.umkm.portal.payment.application.PaymentDesk;
import id.umkm.portal.payment.application.PaymentReceived;
import id.umkm.portal.payment.application.PaymentUnavailableException;
import id.umkm.portal.payment.application.QrisCharge;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rings up counter sales. Deliberately not transactional: the sale (and its stock) commits first, and only
 * then is the gateway asked for a QRIS charge, never while item rows are locked. A gateway out of reach
 * cancels the sale at once (units back on the shelf) with a clear message, so the cashier can take cash.
 */
@ApplicationScoped
public class CounterSales {

    private static final Logger LOG = Logger.getLogger(CounterSales.class.getName());

    /** How long the buyer has to scan and pay the QRIS code at the counter. */
    public static final Duration QRIS_WINDOW = Duration.ofMinutes(10);

    @Inject
    private SaleBook book;

    @Inject
    private PaymentDesk desk;

    @Inject
    private Clock clock;

    public record Rung(Sale sale, QrisCharge charge) {
    }

    public Rung sell(long cashierAccountId, SaleRequest request) {
        Sale sale = book.open(cashierAccountId, request);
        if (request.tender() != Tender.QRIS) {
            return new Rung(sale, null);
        }
        try {
            QrisCharge charge = desk.openQrisCharge(sale.number(), sale.total(), clock.instant().plus(QRIS_WINDOW),
                    sale.outletName() + " " + sale.number());
            return new Rung(sale, charge);
        } catch (PaymentUnavailableException e) {
            LOG.log(Level.WARNING, "No QRIS charge for " + sale.number() + ": " + e.getMessage());
            book.cancel(sale.id());
            throw RuleViolation.conflict("tender", "consignment.sale.qrisUnavailable");
        }
    }

    public Optional<QrisCharge> charge(Sale sale) {
        return charge(sale.number());
    }

    private Optional<QrisCharge> charge(String reference) {
        try {
            return desk.charge(reference);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The cashier calls off a QRIS sale not paid yet: the charge is withdrawn, then the units go back. */
    public boolean cancel(long saleId) {
        if (charge(References.sale(saleId)).filter(c -> c.state() == PaymentState.PAID).isPresent()) {
            return false;
        }
        try {
            desk.cancelCharge(References.sale(saleId));
        } catch (RuntimeException e) {
            // The charge lapses by itself at its expiry; a late payment is logged as a refund due (SaleBook.markPaid).
            LOG.log(Level.WARNING, "Could not cancel the charge of " + References.sale(saleId), e);
        }
        return book.cancel(saleId);
    }

    /** The gateway confirmed a payment: if it is an outlet sale's, the sale is paid (same transaction). */
    void paid(@Observes PaymentReceived payment) {
        long saleId = References.saleId(payment.reference());
        if (saleId > 0) {
            book.markPaid(saleId, payment.paidAt());
        }
    }
}
