package id.umkm.portal.shared.jobs;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The task an instance schedules for a job: it runs the work only while holding the job's lease, and
 * never lets an exception out, because a scheduled task that throws is never run again (a database
 * restart must not stop the jobs for good).
 */
final class LeasedJob implements Runnable {

    private static final Logger LOG = Logger.getLogger(LeasedJob.class.getName());

    private final String name;
    private final String holder;
    private final Duration hold;
    private final JobLeases leases;
    private final Clock clock;
    private final Consumer<JobRun> work;

    LeasedJob(String name, String holder, Duration hold, JobLeases leases, Clock clock, Consumer<JobRun> work) {
        this.name = name;
        this.holder = holder;
        this.hold = hold;
        this.leases = leases;
        this.clock = clock;
        this.work = work;
    }

    @Override
    public void run() {
        try {
            if (leases.claim(name, holder, hold)) {
                work.accept(new JobRun(name, clock.instant()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job " + name + " could not run (database unreachable?); it is tried again", e);
        }
    }
}
