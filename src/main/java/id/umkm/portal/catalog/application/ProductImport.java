package id.umkm.portal.catalog.application;

import id.umkm.portal.catalog.infrastructure.JpaImportJobs;
import id.umkm.portal.catalog.infrastructure.ProductSpreadsheets;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bulk product import from CSV or xlsx, in the background. Each row is saved in its own transaction
 * together with the job's progress: a bad row saves nothing of itself and stops no other row. A row
 * whose name the seller already uses (an existing product or an earlier row of the file) is reported,
 * never overwritten.
 *
 * <p>Jobs live in the database (V15_1), so any server of a cluster shows their progress and report. The
 * server running a job holds a lease on it, renewed with every row; when a server stops, its jobs' leases
 * run out and {@link #resumeAbandoned()} (run by every server's timer) lets one server take each over and
 * go on from the first row not yet counted.
 */
@ApplicationScoped
public class ProductImport {

    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    /** Finished jobs' reports are kept this long. */
    static final Duration KEEP_JOBS = Duration.ofDays(7);
    private static final Logger LOG = Logger.getLogger(ProductImport.class.getName());

    /** This server, as the holder of job leases. */
    private final String worker = UUID.randomUUID().toString();

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private SellerProducts sellerProducts;

    @Inject
    private ProductCategories categories;

    @Inject
    private ImportRowWriter writer;

    @Inject
    private JpaImportJobs jobs;

    @Inject
    private Clock clock;

    /** How long a job stays with its server without progress before another may take it over. */
    @Inject
    @ConfigProperty(name = "umkm.catalog.import.lease", defaultValue = "PT2M")
    private Duration lease;

    /** Checks the file as a whole (size, format, columns, row count) at once, then processes its rows in the background. */
    public ImportJob start(long accountId, String fileName, byte[] content) {
        sellerProducts.sellerOf(accountId);
        String name = fileName == null || fileName.isBlank() ? "import" : fileName.strip();
        List<ImportRow> rows = ProductImportRows.rows(records(name, content));
        String id = UUID.randomUUID().toString();
        writer.start(id, accountId, name.length() > 255 ? name.substring(0, 255) : name, content, rows.size(), worker, lease);
        submit(id);
        return job(accountId, id).orElseThrow();
    }

    /** The job, only for the account that started it. */
    public Optional<ImportJob> job(long accountId, String jobId) {
        return jobId == null ? Optional.empty() : jobs.find(jobId, accountId);
    }

    /** Takes over the jobs whose server stopped renewing their lease, one at a time; also forgets old reports. */
    public void resumeAbandoned() {
        writer.forgetFinishedBefore(clock.instant().minus(KEEP_JOBS));
        for (String id : jobs.abandoned(clock.instant())) {
            if (writer.claim(id, worker, lease)) {
                LOG.info(() -> "Resuming import " + id + " abandoned by its server");
                submit(id);
            }
        }
    }

    private void submit(String id) {
        try {
            executor.submit(() -> run(id));
        } catch (RejectedExecutionException busy) {
            LOG.log(Level.WARNING, "Import " + id + " waits for the resumption timer: no thread free now", busy);
            release(id);
        }
    }

    private void run(String jobId) {
        try {
            JpaImportJobs.Work work = jobs.work(jobId, worker).orElse(null);
            if (work == null) {
                return;
            }
            List<ImportRow> rows = ProductImportRows.rows(records(work.fileName(), work.content()));
            Map<String, Short> categoryIds = categories.byImportName();
            for (int index = work.processed(); index < rows.size(); index++) {
                process(work, index, rows.get(index), categoryIds);
            }
            writer.finish(jobId, worker);
        } catch (ImportRowWriter.LeaseLost lost) {
            LOG.info(lost::getMessage);
        } catch (RuntimeException e) {
            // Rows already counted stay counted: the next resumption run goes on from the first row not counted.
            LOG.log(Level.WARNING, "Import " + jobId + " stopped; the resumption timer tries it again", e);
            release(jobId);
        }
    }

    /** Gives the job back at once instead of holding it until its lease runs out; if even that fails, the lease does it. */
    private void release(String jobId) {
        try {
            writer.release(jobId, worker);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + jobId + " is resumed when its lease runs out", e);
        }
    }

    private void process(JpaImportJobs.Work work, int index, ImportRow row, Map<String, Short> categoryIds) {
        ProductImportRows.Outcome outcome = ProductImportRows.parse(row, categoryIds);
        if (outcome.parsed() == null) {
            writer.refuse(work.id(), worker, index, outcome.problems(), lease);
            return;
        }
        try {
            writer.save(work.id(), worker, index, work.accountId(), outcome.parsed(), lease);
        } catch (RuleViolation broken) {
            writer.refuse(work.id(), worker, index, List.of(new ImportProblem(row.number(), ProductImportColumns.forField(broken.field()),
                    broken.messageKey(), broken.args())), lease);
        } catch (ImportRowWriter.LeaseLost lost) {
            throw lost;
        } catch (RuntimeException unexpected) {
            LOG.log(Level.WARNING, "Import row " + row.number() + " failed", unexpected);
            writer.refuse(work.id(), worker, index, List.of(new ImportProblem(row.number(), "", "product.import.rowFailed", null)), lease);
        }
    }

    private static List<List<String>> records(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("file", "product.import.empty");
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new RuleViolation("file", "product.import.tooLarge", MAX_FILE_BYTES / (1024 * 1024));
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        boolean zip = content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        if (zip) {
            return ProductSpreadsheets.records(content);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            throw new RuleViolation("file", "product.import.unreadable");
        }
        return ProductCsv.records(content);
    }
}
