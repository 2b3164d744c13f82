package id.umkm.portal.catalog.application;

import java.time.Instant;
import java.util.List;

/**
 * One running or finished import as its progress bar and report read it: a snapshot of the job's row
 * and its refused rows in the database, whichever server runs the job.
 */
public record ImportJob(String id, long accountId, String fileName, int total, int processed, int savedCount, int failedCount,
        boolean isFinished, Instant startedAt, List<ImportProblem> problems) {

    public ImportJob {
        problems = List.copyOf(problems);
    }

    /** 0 to 100. */
    public int percent() {
        return total == 0 ? 100 : (int) (processed * 100L / total);
    }
}
