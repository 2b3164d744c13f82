package id.umkm.portal.training.infrastructure;

import id.umkm.portal.training.application.Enrollments;
import id.umkm.portal.training.application.PriorityAllocation;
import id.umkm.portal.training.application.TrainingProgrammes;
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
 * Every interval (umkm.jobs.interval, a minute by default): allocate priority programmes whose
 * window closed, release unclaimed kecamatan seats of first-come programmes whose window closed,
 * and pass lapsed seat offers on. Each step claims its work with a conditional update
 * or a row lock, so instances running this at the same time never do the same step twice.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrainingJobs {

    private static final Logger LOG = Logger.getLogger(TrainingJobs.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "umkm.jobs.interval", defaultValue = "PT1M")
    private Duration interval;

    @Inject
    private TrainingProgrammes programmes;

    @Inject
    private PriorityAllocation allocation;

    @Inject
    private Enrollments enrollments;

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
        try {
            Instant now = clock.instant();
            for (long id : programmes.dueForAllocation(now)) {
                run(() -> allocation.allocate(id, now), "allocating programme " + id);
            }
            for (long id : programmes.dueForClosing(now)) {
                run(() -> enrollments.closeFirstCome(id, now), "closing registration of programme " + id);
            }
            for (long id : programmes.lapsedOffers(now)) {
                run(() -> enrollments.lapseOffer(id, now), "passing on offer " + id);
            }
        } catch (RuntimeException e) {
            // A scheduled task that throws is never run again: log (e.g. the schema not migrated yet) and go on.
            LOG.log(Level.WARNING, "Training job could not look for due work", e);
        }
    }

    private static void run(Runnable step, String what) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // One failing programme must not stop the others; the next run tries again.
            LOG.log(Level.WARNING, "Training job failed " + what, e);
        }
    }
}
