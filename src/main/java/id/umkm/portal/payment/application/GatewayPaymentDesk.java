package id.umkm.portal.payment.application;

import id.umkm.portal.payment.application.PaymentGateway.GatewayCharge;
import id.umkm.portal.payment.domain.Payment;
import id.umkm.portal.payment.domain.PaymentState;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.infrastructure.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Opens, reads and cancels QRIS charges through the gateway. Deliberately not transactional: the
 * gateway is called with no transaction open, and only its answer is recorded, in a short transaction
 * of its own, so a slow or failing gateway never leaves a half-made payment behind.
 */
@ApplicationScoped
public class GatewayPaymentDesk implements PaymentDesk {

    /** The characters Midtrans allows in an order id, and its length limit. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9._~-]{1,50}");

    static final String NOTIFICATION_PATH = "/api/v1/payments/notifications";

    @Inject
    private PaymentGateway gateway;

    @Inject
    private PaymentRecords records;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    @Override
    public QrisCharge openQrisCharge(String reference, Money amount, Instant payBy, String description) {
        if (reference == null || !REFERENCE.matcher(reference).matches()) {
            throw new IllegalArgumentException("A payment reference has 1 to 50 letters, digits, '-', '_', '.' or '~': " + reference);
        }
        if (amount == null || amount.rupiah() <= 0) {
            throw new IllegalArgumentException("A charge is for a positive amount: " + amount);
        }
        Optional<Payment> existing = records.find(reference);
        if (existing.isPresent()) {
            return sameCharge(existing.get(), amount);
        }
        Instant now = clock.instant();
        if (payBy == null || !payBy.isAfter(now)) {
            throw new IllegalArgumentException("A charge must be payable for a while: pay by " + payBy);
        }
        GatewayCharge opened;
        try {
            opened = gateway.charge(reference, amount, now, payBy, notificationUrl());
        } catch (PaymentUnavailableException | FaultToleranceException e) {
            // A concurrent call for the same reference may have opened it: the gateway refuses a second one.
            return records.find(reference).map(p -> sameCharge(p, amount))
                    .orElseThrow(() -> unavailable("The gateway could not open a charge for " + reference, e));
        }
        Payment payment = Payment.opened(reference, amount, description, opened.qrString(), opened.expiresAt(),
                opened.transactionId(), now);
        try {
            return view(records.open(payment));
        } catch (RuntimeException raced) {
            return records.find(reference).map(p -> sameCharge(p, amount)).orElseThrow(() -> raced);
        }
    }

    @Override
    public Optional<QrisCharge> charge(String reference) {
        return records.find(reference).map(this::view);
    }

    @Override
    public void cancelCharge(String reference) {
        Optional<Payment> payment = records.find(reference);
        if (payment.isEmpty() || payment.get().getState() != PaymentState.PENDING) {
            return;
        }
        if (call(() -> gateway.cancel(reference), reference)) {
            records.close(reference, PaymentState.CANCELLED);
            return;
        }
        // The gateway would not cancel: the charge is final there (paid or expired). Learn which.
        call(() -> gateway.status(reference), reference).ifPresent(status -> records.apply(status, null, null, null));
    }

    private <T> T call(Supplier<T> gatewayCall, String reference) {
        try {
            return gatewayCall.get();
        } catch (PaymentUnavailableException | FaultToleranceException e) {
            throw unavailable("The gateway could not cancel " + reference, e);
        }
    }

    private QrisCharge sameCharge(Payment payment, Money amount) {
        if (!payment.getAmount().equals(amount)) {
            throw new IllegalStateException("Payment " + payment.getReference() + " was opened for " + payment.getAmount()
                    + ", not " + amount);
        }
        return view(payment);
    }

    private QrisCharge view(Payment p) {
        // An unpaid charge past its expiry can no longer be paid, whether or not the gateway said so yet.
        PaymentState state = p.getState() == PaymentState.PENDING && !clock.instant().isBefore(p.getExpiresAt())
                ? PaymentState.EXPIRED : p.getState();
        return new QrisCharge(p.getReference(), p.getAmount(), p.getQrString(), p.getExpiresAt(), state);
    }

    private String notificationUrl() {
        String base = origin.baseUrl();
        return base.isEmpty() ? null : base + NOTIFICATION_PATH;
    }

    private static PaymentUnavailableException unavailable(String message, RuntimeException cause) {
        return cause instanceof PaymentUnavailableException known ? known : new PaymentUnavailableException(message, cause);
    }
}
