package id.umkm.portal.catalog.application;

import id.umkm.portal.catalog.infrastructure.JpaImportJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One import row per transaction: its product (saved, or refused with its problems) and the job's
 * progress commit together or not at all. A worker that no longer holds the job's lease gets
 * {@link LeaseLost} and the row's product is rolled back, so no row is ever saved twice.
 */
@ApplicationScoped
@Transactional
public class ImportRowWriter {

    /** The job was taken over (or finished) by another worker: this one stops. */
    public static final class LeaseLost extends RuntimeException {

        private static final long serialVersionUID = 1L;

        LeaseLost(String jobId) {
            super("Import job " + jobId + " is no longer held by this server");
        }
    }

    @Inject
    private SellerProducts sellerProducts;

    @Inject
    private JpaImportJobs jobs;

    @Inject
    private Clock clock;

    public void start(String jobId, long accountId, String fileName, byte[] content, int total, String worker, Duration lease) {
        jobs.create(jobId, accountId, fileName, content, total, worker, clock.instant().plus(lease), clock.instant());
    }

    public void save(String jobId, String worker, int index, long accountId, ProductImportRows.Parsed row, Duration lease) {
        sellerProducts.createImported(accountId, row.details(), row.publish());
        advance(jobId, worker, index, true, lease);
    }

    public void refuse(String jobId, String worker, int index, List<ImportProblem> problems, Duration lease) {
        advance(jobId, worker, index, false, lease);
        jobs.addProblems(jobId, problems);
    }

    public boolean finish(String jobId, String worker) {
        return jobs.finish(jobId, worker, clock.instant());
    }

    public boolean claim(String jobId, String worker, Duration lease) {
        return jobs.claim(jobId, worker, clock.instant(), clock.instant().plus(lease));
    }

    public void release(String jobId, String worker) {
        jobs.release(jobId, worker, clock.instant());
    }

    public void forgetFinishedBefore(Instant limit) {
        jobs.forgetFinishedBefore(limit);
    }

    private void advance(String jobId, String worker, int index, boolean saved, Duration lease) {
        if (!jobs.advance(jobId, worker, index, saved, clock.instant().plus(lease))) {
            throw new LeaseLost(jobId);
        }
    }
}
