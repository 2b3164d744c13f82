package id.umkm.portal.catalog.application;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bulk product import from CSV or xlsx, in the background. Each row is saved in its own
 * transaction: a bad row saves nothing of itself and stops no other row. A row whose name the
 * seller already uses (an existing product or an earlier row of the file) is reported, never
 * overwritten. Jobs live in this server's memory for an hour: a report is a receipt, not a record.
 */
@ApplicationScoped
public class ProductImport {

    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    private static final Duration KEEP_JOBS = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(ProductImport.class.getName());

    private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();

    @Resource
    private ManagedExecutorService executor;

    @Inject
    private SellerProducts sellerProducts;

    @Inject
    private ProductCategories categories;

    @Inject
    private Clock clock;

    /** Checks the file as a whole (size, format, columns, row count) at once, then processes its rows in the background. */
    public ImportJob start(long accountId, String fileName, byte[] content) {
        sellerProducts.sellerOf(accountId);
        List<ImportRow> rows = ProductImportRows.rows(records(fileName, content));
        forgetOldJobs();
        ImportJob job = new ImportJob(UUID.randomUUID().toString(), accountId, fileName, rows.size(), clock.instant());
        jobs.put(job.id(), job);
        Map<String, Short> categoryIds = categories.byImportName();
        executor.submit(() -> run(job, rows, categoryIds));
        return job;
    }

    /** The job, only for the account that started it. */
    public Optional<ImportJob> job(long accountId, String jobId) {
        return Optional.ofNullable(jobId == null ? null : jobs.get(jobId)).filter(j -> j.accountId() == accountId);
    }

    private void run(ImportJob job, List<ImportRow> rows, Map<String, Short> categoryIds) {
        try {
            for (ImportRow row : rows) {
                ProductImportRows.Outcome outcome = ProductImportRows.parse(row, categoryIds);
                if (outcome.parsed() == null) {
                    job.failed(outcome.problems());
                    continue;
                }
                try {
                    sellerProducts.createImported(job.accountId(), outcome.parsed().details(), outcome.parsed().publish());
                    job.saved();
                } catch (RuleViolation broken) {
                    job.failed(List.of(new ImportProblem(row.number(), ProductImportColumns.forField(broken.field()),
                            broken.messageKey(), broken.args())));
                } catch (RuntimeException unexpected) {
                    LOG.log(Level.WARNING, "Import row " + row.number() + " failed", unexpected);
                    job.failed(List.of(new ImportProblem(row.number(), "", "product.import.rowFailed", null)));
                }
            }
        } finally {
            job.finish();
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

    private void forgetOldJobs() {
        var limit = clock.instant().minus(KEEP_JOBS);
        jobs.values().removeIf(j -> j.isFinished() && j.startedAt().isBefore(limit));
    }
}
