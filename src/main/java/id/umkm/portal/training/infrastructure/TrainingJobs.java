package id.umkm.portal.training.infrastructure;

import id.umkm.portal.training.application.Enrollments;
import id.umkm.portal.training.application.PriorityAllocation;
import id.umkm.portal.training.application.TrainingProgrammes;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every minute: allocate priority programmes whose window closed, and pass lapsed seat offers on.
 * Each step claims its work with a conditional update or a row lock, so instances running this at
 * the same time never do the same step twice.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrainingJobs {

    private static final Logger LOG = Logger.getLogger(TrainingJobs.class.getName());

    @Inject
    private TrainingProgrammes programmes;

    @Inject
    private PriorityAllocation allocation;

    @Inject
    private Enrollments enrollments;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void everyMinute() {
        Instant now = clock.instant();
        for (long id : programmes.dueForAllocation(now)) {
            run(() -> allocation.allocate(id, now), "allocating programme " + id);
        }
        for (long id : programmes.lapsedOffers(now)) {
            run(() -> enrollments.lapseOffer(id, now), "passing on offer " + id);
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
