package id.umkm.portal.payment.infrastructure;

import id.umkm.portal.payment.application.PaymentReconciliation;
import id.umkm.portal.payment.application.Payouts;
import id.umkm.portal.payment.domain.WeeklyPayoutSlot;
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
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every interval (umkm.jobs.interval): ask the gateway about charges whose notification is overdue, and
 * run the weekly payout batch when its slot (umkm.payout.weekly-day and
 * umkm.payout.weekly-time in WITA, e.g. MONDAY 08:00; no day = off)
 * has come. Safe on several instances at once: applying a status is a conditional update, and a weekly
 * slot is claimed by one insert.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentJobs {

    private static final Logger LOG = Logger.getLogger(PaymentJobs.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "umkm.jobs.interval", defaultValue = "PT1M")
    private Duration interval;

    @Inject
    private PaymentReconciliation reconciliation;

    @Inject
    private Payouts payouts;

    /** The weekday of the weekly payout batch (e.g. MONDAY); unset, there is none. */
    @Inject
    @ConfigProperty(name = "umkm.payout.weekly-day")
    private Optional<String> weeklyDay;

    /** Its time of day in WITA. */
    @Inject
    @ConfigProperty(name = "umkm.payout.weekly-time", defaultValue = "08:00")
    private String weeklyTime;

    private Optional<WeeklyPayoutSlot> weekly;

    @Inject
    private Clock clock;

    private ScheduledFuture<?> schedule;

    @PostConstruct
    void start() {
        weekly = weeklyDay.flatMap(day -> WeeklyPayoutSlot.parse(day, weeklyTime));
        schedule = scheduler.scheduleWithFixedDelay(this::runDueWork, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        schedule.cancel(false);
    }

    private void runDueWork() {
        Instant now = clock.instant();
        run(() -> reconciliation.reconcile(now), "reconciling payments");
        weekly.ifPresent(slot -> run(() -> payouts.runWeekly(slot.latestStartAtOrBefore(now))
                .ifPresent(batch -> LOG.info(() -> "Weekly payout batch " + batch.id() + ": " + batch.lineCount()
                        + " sellers, " + batch.total().format())), "running the weekly payout batch"));
    }

    private static void run(Runnable step, String what) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // The next run tries again.
            LOG.log(Level.WARNING, "Payment job failed " + what, e);
        }
    }
}
