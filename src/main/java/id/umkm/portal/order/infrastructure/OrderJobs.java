package id.umkm.portal.order.infrastructure;

import id.umkm.portal.order.application.OrderMoves;
import id.umkm.portal.order.application.OrderPayments;
import id.umkm.portal.order.application.OrderQueries;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every interval (umkm.jobs.interval): expire unpaid checkouts whose time ran out (stock back, charge
 * withdrawn) and complete orders shipped a week ago. Each step locks its order rows and asks the order
 * whether it is still due, so a payment or a buyer's confirmation arriving meanwhile wins cleanly.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderJobs {

    private static final Logger LOG = Logger.getLogger(OrderJobs.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "umkm.jobs.interval", defaultValue = "PT1M")
    private Duration interval;

    @Inject
    private OrderQueries queries;

    @Inject
    private OrderMoves moves;

    @Inject
    private OrderPayments payments;

    @Inject
    private Clock clock;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::runDueWork, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    private void runDueWork() {
        Instant now = clock.instant();
        for (long checkoutId : queries.checkoutsDueToExpire(now)) {
            run(() -> {
                if (moves.expireCheckout(checkoutId, now)) {
                    payments.cancelCharge(checkoutId);
                }
            }, "expiring checkout " + checkoutId);
        }
        for (long orderId : queries.ordersDueToComplete(now)) {
            run(() -> moves.autoComplete(orderId, now), "completing order " + orderId);
        }
    }

    private static void run(Runnable step, String what) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // One failing order must not stop the others; the next run tries again.
            LOG.log(Level.WARNING, "Order job failed " + what, e);
        }
    }
}
