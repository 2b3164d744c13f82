package id.umkm.portal.payment.infrastructure;

import id.umkm.portal.payment.application.PaymentReconciliation;
import id.umkm.portal.payment.application.Payouts;
import id.umkm.portal.payment.domain.WeeklyPayoutSlot;
import id.umkm.portal.shared.jobs.ClusterJobs;
import id.umkm.portal.shared.jobs.JobRun;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every jobs interval, on one instance of the cluster: ask the gateway about charges whose notification
 * is overdue, and run the weekly payout batch when its slot (umkm.payout.weekly-day and
 * umkm.payout.weekly-time in WITA, e.g. MONDAY 08:00; no day = off) has come. Safe even if two runs
 * overlap (a lease lapsing mid-run): applying a status is a conditional update, and a weekly slot is
 * claimed by one insert.
 */
@Startup
@Singleton
public class PaymentJobs {

    private static final Logger LOG = Logger.getLogger(PaymentJobs.class.getName());

    @Inject
    private ClusterJobs jobs;

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

    @PostConstruct
    void start() {
        weekly = weeklyDay.flatMap(day -> WeeklyPayoutSlot.parse(day, weeklyTime));
        jobs.everyInterval("payment", this::runDueWork);
    }

    private void runDueWork(JobRun run) {
        Instant now = run.now();
        run.step("reconciling payments", () -> reconciliation.reconcile(now));
        weekly.ifPresent(slot -> run.step("running the weekly payout batch", () -> payouts.runWeekly(
                slot.latestStartAtOrBefore(now)).ifPresent(batch -> LOG.info(() -> "Weekly payout batch "
                + batch.id() + ": " + batch.lineCount() + " sellers, " + batch.total().format()))));
    }
}
