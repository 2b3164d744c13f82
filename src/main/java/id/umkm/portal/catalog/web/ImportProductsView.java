package id.umkm.portal.catalog.web;

import id.umkm.portal.catalog.application.ImportJob;
import id.umkm.portal.catalog.application.ImportProblem;
import id.umkm.portal.catalog.application.ProductImport;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;

/** seller/products/import.xhtml: upload a CSV or xlsx, watch the rows go in, read what was refused. */
@Named
@ViewScoped
public class ImportProductsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A refused row as the report table shows it. */
    public record ProblemRow(int row, String column, String message) implements Serializable {
    }

    @Inject
    private ProductImport imports;

    @Inject
    private CurrentUser currentUser;

    private String jobId;
    private transient Optional<ImportJob> snapshot;
    private transient FacesContext snapshotRequest;

    public void upload(FileUploadEvent event) {
        try {
            byte[] content = event.getFile().getInputStream().readNBytes(ProductImport.MAX_FILE_BYTES + 1);
            jobId = imports.start(account(), event.getFile().getFileName(), content).id();
            snapshotRequest = null;
        } catch (RuleViolation violation) {
            jobId = null;
            PageMessages.show("import", violation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void finished() {
        job().ifPresent(j -> PageMessages.info("product.import.done", j.savedCount(), j.failedCount()));
    }

    /** The job as stored, read once per request (the progress poll asks for several of its numbers). */
    private Optional<ImportJob> job() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (snapshotRequest != request) {
            snapshot = imports.job(account(), jobId);
            snapshotRequest = request;
        }
        return snapshot;
    }

    private long account() {
        return currentUser.require().getId();
    }

    public boolean isRunning() {
        return job().map(j -> !j.isFinished()).orElse(false);
    }

    public boolean isStarted() {
        return job().isPresent();
    }

    public boolean isFinished() {
        return job().map(ImportJob::isFinished).orElse(false);
    }

    public int getProgress() {
        return job().map(ImportJob::percent).orElse(0);
    }

    public int getTotal() {
        return job().map(ImportJob::total).orElse(0);
    }

    public int getProcessed() {
        return job().map(ImportJob::processed).orElse(0);
    }

    public int getSaved() {
        return job().map(ImportJob::savedCount).orElse(0);
    }

    public int getFailed() {
        return job().map(ImportJob::failedCount).orElse(0);
    }

    public List<ProblemRow> getProblems() {
        var locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return job().map(j -> j.problems().stream()
                        .sorted((a, b) -> Integer.compare(a.row(), b.row()))
                        .map((ImportProblem p) -> new ProblemRow(p.row(), p.column(), p.message(locale)))
                        .toList())
                .orElse(List.of());
    }

    public String getJobId() {
        return jobId;
    }
}
