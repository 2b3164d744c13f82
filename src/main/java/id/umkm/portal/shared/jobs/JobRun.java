package id.umkm.portal.shared.jobs;

import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/** One run of a scheduled job: the moment it reckons with, and steps that fail alone. */
public final class JobRun {

    private static final Logger LOG = Logger.getLogger(JobRun.class.getName());

    private final String job;
    private final Instant now;
    private int failedSteps;

    JobRun(String job, Instant now) {
        this.job = job;
        this.now = now;
    }

    public Instant now() {
        return now;
    }

    /** Runs one step; a failure is logged and the run goes on with the next (the next run tries again). */
    public void step(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            failedSteps++;
            LOG.log(Level.WARNING, "Job " + job + " failed " + what + "; the next run tries again", e);
        }
    }

    int failedSteps() {
        return failedSteps;
    }
}
