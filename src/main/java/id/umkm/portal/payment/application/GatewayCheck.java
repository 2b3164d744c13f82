package id.umkm.portal.payment.application;

import id.umkm.portal.payment.domain.InvalidQrisException;
import id.umkm.portal.payment.domain.PaymentState;
import id.umkm.portal.payment.domain.QrisCodec;
import id.umkm.portal.payment.domain.QrisPayload;
import id.umkm.portal.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Staff's check that the payment gateway works end to end with the configured URL and server key
 * (after deployment, after a key change, when buyers report trouble): opens a small QRIS charge through
 * the same path checkouts use, checks the QR code it returns, and cancels it at once so nobody can pay it.
 * The cancelled charge stays on record under its "CHK-" reference.
 */
@ApplicationScoped
public class GatewayCheck {

    static final Money AMOUNT = Money.rupiah(1_000);

    @Inject
    private PaymentDesk desk;

    @Inject
    private Clock clock;

    /**
     * @param qrValid the QR string is a well-formed dynamic QRIS code for the amount (CRC checked)
     * @param cancelled the gateway cancelled the charge
     */
    public record Result(String reference, boolean qrValid, boolean cancelled, long millis) implements Serializable {
    }

    /** Runs the check; throws {@link PaymentUnavailableException} when the gateway cannot be reached. */
    public Result run() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        String reference = "CHK-" + now.getEpochSecond() + "-" + ThreadLocalRandom.current().nextInt(1000, 10000);
        QrisCharge charge = desk.openQrisCharge(reference, AMOUNT, now.plus(Duration.ofMinutes(15)), "Gateway check");
        desk.cancelCharge(reference);
        boolean cancelled = desk.charge(reference).map(c -> c.state() == PaymentState.CANCELLED).orElse(false);
        return new Result(reference, validQris(charge.qrString()), cancelled,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private static boolean validQris(String qr) {
        try {
            QrisPayload payload = QrisCodec.decode(qr);
            return payload.dynamic() && payload.amount().equals(Optional.of(AMOUNT));
        } catch (InvalidQrisException e) {
            return false;
        }
    }
}
