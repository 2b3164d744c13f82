package id.umkm.portal.catalog.application;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** One running or finished import, as its progress bar and report read it. */
public final class ImportJob {

    private final String id;
    private final long accountId;
    private final String fileName;
    private final int total;
    private final Instant startedAt;
    private final AtomicInteger processed = new AtomicInteger();
    private final AtomicInteger saved = new AtomicInteger();
    private final List<ImportProblem> problems = new CopyOnWriteArrayList<>();
    private volatile boolean finished;

    ImportJob(String id, long accountId, String fileName, int total, Instant startedAt) {
        this.id = id;
        this.accountId = accountId;
        this.fileName = fileName;
        this.total = total;
        this.startedAt = startedAt;
    }

    void saved() {
        saved.incrementAndGet();
        processed.incrementAndGet();
    }

    void failed(List<ImportProblem> rowProblems) {
        problems.addAll(rowProblems);
        processed.incrementAndGet();
    }

    void finish() {
        finished = true;
    }

    public String id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String fileName() {
        return fileName;
    }

    public int total() {
        return total;
    }

    public int processed() {
        return processed.get();
    }

    public int savedCount() {
        return saved.get();
    }

    public int failedCount() {
        return (int) problems.stream().mapToInt(ImportProblem::row).distinct().count();
    }

    public List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    public boolean isFinished() {
        return finished;
    }

    public Instant startedAt() {
        return startedAt;
    }

    /** 0 to 100. */
    public int percent() {
        return total == 0 ? 100 : (int) (processed.get() * 100L / total);
    }
}
