package id.umkm.portal.licensing.web;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.licensing.application.ApplicationDetail;
import id.umkm.portal.licensing.application.ApplicationSummary;
import id.umkm.portal.licensing.application.PermitApplications;
import id.umkm.portal.licensing.application.PermitCatalogue;
import id.umkm.portal.licensing.domain.PermitType;
import id.umkm.portal.oss.application.NibCheck;
import id.umkm.portal.oss.application.NibRecord;
import id.umkm.portal.seller.application.SellerOnboarding;
import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;

/**
 * seller/permits/index.xhtml: the seller's permit applications and a new one, started from the NIB
 * (OSS fills in the business; when OSS cannot be reached the seller types the name and saves anyway).
 */
@Named
@ViewScoped
public class SellerPermitsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "start";

    @Inject
    private PermitApplications applications;

    @Inject
    private PermitCatalogue catalogue;

    @Inject
    private SellerOnboarding sellers;

    @Inject
    private CurrentUser currentUser;

    private List<ApplicationSummary> mine;
    private List<PermitType> types;
    private String permitType;
    private String nib;
    private String businessName;
    private NibCheck check;

    @PostConstruct
    void load() {
        Account me = currentUser.require();
        mine = applications.mine(me.getId());
        types = catalogue.active();
        nib = sellers.profileOf(me.getId()).map(Seller::getNib).orElse(null);
        String wanted = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("izin");
        permitType = types.stream().map(PermitType::getCode).filter(c -> c.equals(wanted)).findFirst().orElse(null);
    }

    /** Asks OSS about the NIB before anything is saved, so the seller sees what will be filled in. */
    public void lookUp() {
        String typed = nib == null ? "" : nib.replaceAll("[\\s\\-.]", "");
        nib = typed;
        if (!typed.matches("[0-9]{13}")) {
            check = null;
            PageMessages.show(FORM, new RuleViolation("nib", "licensing.nib.invalid"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        check = applications.lookUp(typed);
        check.found().ifPresent(found -> businessName = found.businessName());
    }

    public String start() {
        Account me = currentUser.require();
        try {
            ApplicationDetail draft = applications.start(me.getId(), me.getFullName(), me.getEmail(), permitType,
                    nib == null ? null : nib.replaceAll("[\\s\\-.]", ""), businessName);
            PageMessages.info(draft.nibCheck().equals("UNAVAILABLE") ? "permits.savedOffline" : "permits.saved");
            return "/seller/permits/application?faces-redirect=true&id=" + draft.id();
        } catch (RuleViolation violation) {
            PageMessages.show(FORM, violation);
        } catch (ConstraintViolationException invalid) {
            PageMessages.show(FORM, invalid);
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    public boolean isOssUnavailable() {
        return check != null && check.outcome() == NibCheck.Outcome.UNAVAILABLE;
    }

    public NibRecord getFound() {
        return check == null ? null : check.found().orElse(null);
    }

    public String typeName(PermitType t) {
        return t.name(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    public List<ApplicationSummary> getMine() { return mine; }
    public List<PermitType> getTypes() { return types; }
    public NibCheck getCheck() { return check; }
    public String getPermitType() { return permitType; }
    public void setPermitType(String permitType) { this.permitType = permitType; }
    public String getNib() { return nib; }
    public void setNib(String nib) { this.nib = nib; }
    public String getBusinessName() { return businessName; }
    public void setBusinessName(String businessName) { this.businessName = businessName; }
}
