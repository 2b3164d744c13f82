package id.umkm.portal.licensing.web;

import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.licensing.application.ApplicationDetail;
import id.umkm.portal.licensing.application.ApplicationNotFound;
import id.umkm.portal.licensing.application.DocumentLine;
import id.umkm.portal.licensing.application.PermitApplications;
import id.umkm.portal.shared.domain.Money;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.infrastructure.Texts;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * seller/permits/application.xhtml?id=: one of the seller's applications: documents to upload (each
 * checked by content, with the reason beside the document when refused), submission, the officer's
 * remarks, the timeline and the issued permit.
 */
@Named
@ViewScoped
public class SellerApplicationView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "application";
    /** The largest document any permit type may ask for, plus one byte to notice files above it. */
    private static final int READ_LIMIT = 10 * 1024 * 1024 + 1;

    @Inject
    private PermitApplications applications;

    @Inject
    private CurrentUser currentUser;

    private long id;
    private ApplicationDetail detail;
    private final Map<String, String> uploadErrors = new HashMap<>();

    /** f:viewAction: an id that is not the seller's shows the 404 page. */
    public void load() throws IOException {
        try {
            detail = applications.mine(currentUser.require().getId(), id);
        } catch (ApplicationNotFound notMine) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public void upload(FileUploadEvent event) {
        String code = (String) event.getComponent().getAttributes().get("code");
        uploadErrors.remove(code);
        try {
            applications.upload(currentUser.require().getId(), id, code, event.getFile().getFileName(),
                    event.getFile().getInputStream().readNBytes(READ_LIMIT));
            PageMessages.info("permits.uploaded", event.getFile().getFileName());
        } catch (RuleViolation violation) {
            uploadErrors.put(code, Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                    violation.messageKey(), violation.args()));
            PageMessages.show(null, violation);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        refresh();
    }

    /** Post, then redirect to the page itself, so reloading it never submits twice. */
    public String submit() {
        return act(() -> applications.submit(currentUser.require().getId(), id), "permits.submitted");
    }

    public String resubmit() {
        return act(() -> applications.resubmit(currentUser.require().getId(), id), "permits.resubmitted");
    }

    public String renew() {
        try {
            ApplicationDetail renewal = applications.renew(currentUser.require().getId(), id);
            return "/seller/permits/application?faces-redirect=true&id=" + renewal.id();
        } catch (RuleViolation violation) {
            PageMessages.show(FORM, violation);
            return null;
        }
    }

    private String act(Runnable action, String doneKey) {
        try {
            action.run();
            PageMessages.info(doneKey);
        } catch (RuleViolation violation) {
            PageMessages.show(null, violation);
        }
        return "/seller/permits/application?faces-redirect=true&id=" + id;
    }

    private void refresh() {
        detail = applications.mine(currentUser.require().getId(), id);
    }

    public boolean canUpload(DocumentLine d) {
        return "DRAFT".equals(detail.status()) || ("REVISION_REQUESTED".equals(detail.status()) && !"ACCEPTED".equals(d.review()));
    }

    /** The file chooser's filter; the server still judges by content. */
    public String accept(DocumentLine d) {
        StringBuilder accept = new StringBuilder();
        for (String f : d.formats().split(",")) {
            accept.append(switch (f) {
                case "PDF" -> ".pdf,application/pdf,";
                case "JPEG" -> ".jpg,.jpeg,image/jpeg,";
                case "PNG" -> ".png,image/png,";
                default -> "";
            });
        }
        return accept.toString();
    }

    public String documentName(DocumentLine d) {
        return "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage()) ? d.nameEn() : d.nameId();
    }

    public String permitName() {
        return "en".equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage())
                ? detail.summary().permitNameEn() : detail.summary().permitNameId();
    }

    public String nextStep() {
        return Texts.get(FacesContext.getCurrentInstance().getViewRoot().getLocale(), "licensing.next." + detail.status());
    }

    /** "2 MB" or "500 KB". */
    public String size(DocumentLine d) {
        return d.maxKb() % 1024 == 0 ? d.maxKb() / 1024 + " MB" : d.maxKb() + " KB";
    }

    public String fee() {
        return Money.rupiah(detail.feeRupiah()).format();
    }

    public String uploadError(String code) {
        return uploadErrors.get(code);
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public ApplicationDetail getDetail() { return detail; }
}
