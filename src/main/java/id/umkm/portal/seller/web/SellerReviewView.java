package id.umkm.portal.seller.web;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.oss.application.NibCheck;
import id.umkm.portal.seller.application.Decision;
import id.umkm.portal.seller.application.ReferenceData;
import id.umkm.portal.seller.application.SellerOnboarding;
import id.umkm.portal.seller.application.SellerVerification;
import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.seller.domain.SellerReview;
import id.umkm.portal.seller.domain.SellerStatus;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** /staff/sellers/review.xhtml?id=: one profile in full, what OSS says about its NIB, and the decisions. */
@Named
@ViewScoped
public class SellerReviewView implements Serializable {

    private static final String FORM = "decision";

    @Inject
    private SellerVerification verification;

    @Inject
    private SellerOnboarding onboarding;

    @Inject
    private ReferenceData reference;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private Seller seller;
    private NibCheck oss;
    private String reason;

    /** Runs from f:viewAction once the id is known. */
    public void load() {
        seller = id == null ? null : verification.profile(id).orElse(null);
        if (seller == null) {
            PageMessages.error("seller.notFound");
            return;
        }
        oss = seller.getNib() == null ? null : onboarding.lookUpNib(seller.getNib());
    }

    public void approve() {
        decide(Decision.APPROVE, "seller.review.done.approved");
    }

    public void reject() {
        decide(Decision.REJECT, "seller.review.done.rejected");
    }

    public void suspend() {
        decide(Decision.SUSPEND, "seller.review.done.suspended");
    }

    public void reinstate() {
        decide(Decision.REINSTATE, "seller.review.done.reinstated");
    }

    private void decide(Decision decision, String doneKey) {
        Account staff = currentUser.require();
        try {
            seller = verification.decide(id, decision, reason, staff.getId(), staff.getEmail());
            reason = null;
            PageMessages.info(doneKey, seller.getBusinessName());
        } catch (RuleViolation e) {
            PageMessages.show(FORM, e);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public boolean isCanApprove() {
        return seller != null && (seller.getStatus() == SellerStatus.SUBMITTED
                || seller.getStatus() == SellerStatus.VERIFIED && seller.isChangesPending());
    }

    public boolean isCanReject() {
        return isCanApprove();
    }

    public boolean isCanSuspend() {
        return seller != null && seller.getStatus() == SellerStatus.VERIFIED;
    }

    public boolean isCanReinstate() {
        return seller != null && seller.getStatus() == SellerStatus.SUSPENDED;
    }

    public List<SellerReview> getHistory() {
        return seller == null ? List.of() : verification.history(seller.getId());
    }

    public String when(Instant instant) {
        return instant == null ? "" : CityTime.format(instant, locale());
    }

    public String getCategoryName() {
        return reference.categoryName(seller.getCategoryId(), locale()).orElse("");
    }

    public String getKecamatanName() {
        return reference.kecamatanName(seller.getKecamatanId()).orElse("");
    }

    public String getKelurahanName() {
        return reference.kelurahanName(seller.getKelurahanId()).orElse("");
    }

    public String getCategoryKbli() {
        return seller.getCategoryId() == null ? "" : String.join(", ",
                reference.kbliOf(seller.getCategoryId()).stream().sorted().toList());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Seller getSeller() { return seller; }
    public NibCheck getOss() { return oss; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
