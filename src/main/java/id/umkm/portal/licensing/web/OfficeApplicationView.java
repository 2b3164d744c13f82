package id.umkm.portal.licensing.web;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.licensing.application.ApplicationDetail;
import id.umkm.portal.licensing.application.ApplicationNotFound;
import id.umkm.portal.licensing.application.DocumentLine;
import id.umkm.portal.licensing.application.LicensingDesk;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** licensing/application.xhtml?id=: one application for the officer: documents, remarks and the decision. */
@Named
@ViewScoped
public class OfficeApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "decide";

    @Inject
    private LicensingDesk desk;

    @Inject
    private CurrentUser currentUser;

    private long id;
    private ApplicationDetail detail;
    private final Map<String, String> remarks = new HashMap<>();
    private String note;
    private String reason;

    public void load() throws IOException {
        try {
            detail = desk.detail(id);
        } catch (ApplicationNotFound missing) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void startVerification() {
        act(a -> desk.startVerification(a.getId(), a.getFullName(), id), "office.verificationStarted");
    }

    public void requestRevision() {
        act(a -> desk.requestRevision(a.getId(), a.getFullName(), id, remarks, note), "office.revisionRequested");
    }

    public void approve() {
        act(a -> desk.approve(a.getId(), a.getFullName(), id), "office.approved");
    }

    public void issue() {
        act(a -> desk.issue(a.getId(), a.getFullName(), id), "office.issued");
    }

    public void reject() {
        act(a -> desk.reject(a.getId(), a.getFullName(), id, reason), "office.rejected");
    }

    private void act(Function<Account, ApplicationDetail> step, String doneKey) {
        try {
            detail = step.apply(currentUser.require());
            remarks.clear();
            note = null;
            reason = null;
            PageMessages.info(doneKey);
        } catch (RuleViolation violation) {
            // Beside the remark or reason inputs; anything else (an illegal move) at the top of the page.
            boolean besideInput = "remarks".equals(violation.field()) || "reason".equals(violation.field());
            PageMessages.show(besideInput ? FORM : null, violation);
            FacesContext.getCurrentInstance().validationFailed();
            detail = desk.detail(id);
        }
    }

    public String documentName(DocumentLine d) {
        return "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()) ? d.nameEn() : d.nameId();
    }

    /** "3 hari 4 jam" of the service level used so far. */
    public String slaUsed() {
        Duration used = Duration.ofSeconds(detail.slaUsedSeconds());
        return used.toDays() + " d " + used.toHoursPart() + " h / " + detail.serviceDays() + " d";
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public ApplicationDetail getDetail() { return detail; }
    public Map<String, String> getRemarks() { return remarks; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
