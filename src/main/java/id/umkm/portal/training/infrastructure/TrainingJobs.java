package id.umkm.portal.training.infrastructure;

import id.umkm.portal.shared.jobs.ClusterJobs;
import id.umkm.portal.shared.jobs.JobRun;
import id.umkm.portal.training.application.Enrollments;
import id.umkm.portal.training.application.PriorityAllocation;
import id.umkm.portal.training.application.TrainingProgrammes;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Every jobs interval, on one instance of the cluster: allocate priority programmes whose window closed,
 * release unclaimed kecamatan seats of first-come programmes whose window closed, and pass lapsed seat
 * offers on. Each step also claims its work with a conditional update or a row lock, so two runs
 * overlapping (a lease lapsing mid-run) never do the same step twice.
 */
@Startup
@Singleton
public class TrainingJobs {

    @Inject
    private ClusterJobs jobs;

    @Inject
    private TrainingProgrammes programmes;

    @Inject
    private PriorityAllocation allocation;

    @Inject
    private Enrollments enrollments;

    @PostConstruct
    void start() {
        jobs.everyInterval("training", this::runDueWork);
    }

    private void runDueWork(JobRun run) {
        Instant now = run.now();
        for (long id : programmes.dueForAllocation(now)) {
            run.step("allocating programme " + id, () -> allocation.allocate(id, now));
        }
        for (long id : programmes.dueForClosing(now)) {
            run.step("closing registration of programme " + id, () -> enrollments.closeFirstCome(id, now));
        }
        for (long id : programmes.lapsedOffers(now)) {
            run.step("passing on offer " + id, () -> enrollments.lapseOffer(id, now));
        }
    }
}
