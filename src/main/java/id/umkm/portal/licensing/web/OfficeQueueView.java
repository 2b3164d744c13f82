package id.umkm.portal.licensing.web;

import id.umkm.portal.licensing.application.ApplicationSummary;
import id.umkm.portal.licensing.application.LicensingDesk;
import id.umkm.portal.licensing.domain.ApplicationStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** licensing/applications.xhtml: the office's open applications by state, and the overdue list. */
@Named
@ViewScoped
public class OfficeQueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LicensingDesk desk;

    private String status;
    private List<ApplicationSummary> open;
    private List<ApplicationSummary> overdue;

    @PostConstruct
    void load() {
        open = desk.queue(status == null || status.isBlank() ? null : ApplicationStatus.valueOf(status));
        overdue = desk.overdue();
    }

    public void filter() {
        load();
    }

    public List<String> getStatuses() {
        return List.of("SUBMITTED", "VERIFICATION", "REVISION_REQUESTED", "APPROVED", "ISSUED", "REJECTED");
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public List<ApplicationSummary> getOpen() { return open; }
    public List<ApplicationSummary> getOverdue() { return overdue; }
}
