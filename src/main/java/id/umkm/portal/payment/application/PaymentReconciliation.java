package id.umkm.portal.payment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/**
 * Notifications can be lost (the portal down, a network fault): charges still pending a while after
 * they were opened are asked about at the gateway, and its answer is applied exactly as a notification's
 * would be, so a payment that arrived unnoticed is still recorded once, and an expired one is closed.
 */
@ApplicationScoped
public class PaymentReconciliation {

    private static final Logger LOG = Logger.getLogger(PaymentReconciliation.class.getName());

    @Inject
    private PaymentRecords records;

    @Inject
    private PaymentGateway gateway;

    /** How long a charge may stay pending before the gateway is asked instead of waiting for its notification. */
    @Inject
    @ConfigProperty(name = "umkm.payment.reconcile-after", defaultValue = "PT2M")
    private Duration quietFor;

    /** Returns how many charges changed state. */
    public int reconcile(Instant now) {
        List<String> pending = records.pendingSince(now.minus(quietFor), now.minus(Duration.ofHours(1)));
        int changed = 0;
        for (String reference : pending) {
            try {
                changed += gateway.status(reference).map(status -> records.apply(status, null, null, null))
                        .filter(outcome -> outcome == PaymentRecords.Outcome.PAID || outcome == PaymentRecords.Outcome.CLOSED)
                        .isPresent() ? 1 : 0;
            } catch (PaymentUnavailableException | FaultToleranceException e) {
                LOG.warning(() -> "Could not reconcile " + reference + " with the gateway: " + e);
                return changed;
            }
        }
        return changed;
    }
}
