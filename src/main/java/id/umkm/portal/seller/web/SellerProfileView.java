package id.umkm.portal.seller.web;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.oss.application.NibCheck;
import id.umkm.portal.oss.application.NibProject;
import id.umkm.portal.oss.application.NibRecord;
import id.umkm.portal.seller.application.BusinessDetails;
import id.umkm.portal.seller.application.LocationDetails;
import id.umkm.portal.seller.application.PayoutDetails;
import id.umkm.portal.seller.application.ReferenceData;
import id.umkm.portal.seller.application.SellerOnboarding;
import id.umkm.portal.seller.application.SellerSubmission;
import id.umkm.portal.seller.domain.BusinessScale;
import id.umkm.portal.seller.domain.PayoutMethod;
import id.umkm.portal.seller.domain.PayoutProvider;
import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.seller.domain.SellerFormats;
import id.umkm.portal.seller.domain.SellerStatus;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.media.MediaStore;
import id.umkm.portal.shared.media.StoredMedia;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import org.primefaces.event.FileUploadEvent;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The onboarding wizard of /seller/profile.xhtml: four steps, each saved as it is left. */
@Named
@ViewScoped
public class SellerProfileView implements Serializable {

    private static final String FORM = "profile";

    /** One line of business OSS registered under the NIB, as the page lists it. */
    public record KbliLine(String kbli, String title, String risk) implements Serializable {
    }

    @Inject
    private SellerOnboarding onboarding;

    @Inject
    private SellerSubmission submission;

    @Inject
    private ReferenceData reference;

    @Inject
    private CurrentUser currentUser;

    private int step = 1;
    private int reachedStep = 1;
    private boolean exists;
    private SellerStatus status;
    private String reviewNote;
    private String slug;
    private boolean changesPending;
    private String nibCheck;
    private boolean nibVerified;
    private boolean kbliMismatch;

    private String businessName;
    private String ownerName;
    private String nib;
    private Short categoryId;
    private String scale;
    private boolean womenLed;
    private Short kecamatanId;
    private Short kelurahanId;
    private String address;
    private String phone;
    private String description;
    private String payoutMethod = PayoutMethod.BANK.name();
    private String payoutProvider;
    private String accountNumber;
    private String accountHolder;
    private String qrisNmid;
    private String pirtNumber;
    private String halalNumber;
    private String logoUrl;

    private String lookupOutcome;
    private String ossBusinessName;
    private String ossStatus;
    private List<KbliLine> ossKbli = List.of();

    @PostConstruct
    void load() {
        onboarding.profileOf(account().getId()).ifPresentOrElse(this::show, () -> ownerName = account().getFullName());
    }

    private void show(Seller s) {
        exists = true;
        status = s.getStatus();
        reviewNote = s.getReviewNote();
        slug = s.getSlug();
        changesPending = s.isChangesPending();
        nibCheck = s.getNibCheck() == null ? null : s.getNibCheck().name();
        nibVerified = s.isNibVerified();
        kbliMismatch = s.isKbliMismatch();
        businessName = s.getBusinessName();
        ownerName = s.getOwnerName();
        nib = s.getNib();
        categoryId = s.getCategoryId();
        scale = s.getScale() == null ? null : s.getScale().name();
        womenLed = s.isWomenLed();
        kecamatanId = s.getKecamatanId();
        kelurahanId = s.getKelurahanId();
        address = s.getAddress();
        phone = s.getPhone();
        description = s.getDescription();
        if (s.getPayoutMethod() != null) {
            payoutMethod = s.getPayoutMethod().name();
        }
        payoutProvider = s.getPayoutProvider() == null ? null : s.getPayoutProvider().name();
        accountNumber = s.getPayoutAccountNumber();
        accountHolder = s.getPayoutAccountHolder();
        qrisNmid = s.getQrisNmid();
        pirtNumber = s.getPirtNumber();
        halalNumber = s.getHalalNumber();
        logoUrl = s.getLogoMediaId() == null ? null : "/media/" + s.getLogoMediaId() + "/thumb";
        reachedStep = status == SellerStatus.DRAFT ? s.getOnboardingStep() : Seller.LAST_STEP;
        step = status == SellerStatus.REJECTED ? 1 : reachedStep;
    }

    /** Asks OSS about the typed NIB and fills in what it knows. */
    public void checkNib() {
        String typed = nib == null ? "" : nib.replaceAll("[\\s\\-.]", "");
        if (!SellerFormats.matches(SellerFormats.NIB, typed)) {
            PageMessages.show(FORM, new RuleViolation("nib", "seller.nib.invalid"));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        NibCheck check = onboarding.lookUpNib(typed);
        lookupOutcome = check.outcome().name();
        ossBusinessName = null;
        ossStatus = null;
        ossKbli = List.of();
        check.found().ifPresent(found -> {
            ossBusinessName = found.businessName();
            ossStatus = found.statusNib();
            businessName = found.businessName();
            if (found.scale() != NibRecord.Scale.LARGE) {
                scale = found.scale().name();
            }
            List<KbliLine> lines = new ArrayList<>();
            for (NibProject p : found.projects()) {
                lines.add(new KbliLine(p.kbli(), p.title(), p.riskLevel().name()));
            }
            ossKbli = List.copyOf(lines);
        });
    }

    public void saveBusiness() {
        attempt(() -> onboarding.saveBusiness(account().getId(),
                new BusinessDetails(businessName, ownerName, nib, categoryId, scale, womenLed), onboarding.lookUpNib(nib)), 2);
    }

    public void saveLocation() {
        attempt(() -> onboarding.saveLocation(account().getId(),
                new LocationDetails(kecamatanId, kelurahanId, address, phone, description)), 3);
    }

    public void savePayout() {
        attempt(() -> onboarding.savePayout(account().getId(), new PayoutDetails(payoutMethod, payoutProvider,
                accountNumber, accountHolder, qrisNmid, pirtNumber, halalNumber)), 4);
    }

    public void submit() {
        Account account = account();
        if (attempt(() -> submission.submit(account.getId(), account.getEmail()), Seller.LAST_STEP)) {
            PageMessages.info("seller.profile.submitted");
        }
    }

    public void uploadLogo(FileUploadEvent event) {
        try {
            StoredMedia stored = onboarding.changeLogo(account().getId(), event.getFile().getFileName(),
                    event.getFile().getInputStream().readNBytes(MediaStore.MAX_BYTES + 1));
            logoUrl = stored.thumbnailUrl();
            PageMessages.info("seller.logo.saved");
        } catch (RuleViolation e) {
            PageMessages.show(FORM, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void removeLogo() {
        onboarding.removeLogo(account().getId());
        logoUrl = null;
    }

    public void goTo(int target) {
        if (target >= 1 && target <= reachedStep) {
            step = target;
        }
    }

    public void kecamatanChanged() {
        kelurahanId = null;
    }

    public void payoutMethodChanged() {
        payoutProvider = null;
    }

    private boolean attempt(Supplier<Seller> action, int nextStep) {
        try {
            Seller saved = action.get();
            show(saved);
            step = nextStep;
            reachedStep = Math.max(reachedStep, nextStep);
            if (nextStep < Seller.LAST_STEP || status != SellerStatus.SUBMITTED) {
                PageMessages.info("seller.profile.saved");
            }
            return true;
        } catch (RuleViolation e) {
            PageMessages.show(FORM, e);
        } catch (ConstraintViolationException e) {
            PageMessages.show(FORM, e);
        }
        // The marked field may be below the fold on a phone: say so at the top as well.
        PageMessages.error("seller.profile.fixFields");
        FacesContext.getCurrentInstance().validationFailed();
        return false;
    }

    private Account account() {
        return currentUser.require();
    }

    public boolean isEditable() {
        return status != SellerStatus.SUSPENDED;
    }

    public boolean isSubmittable() {
        return !exists || status == SellerStatus.DRAFT || status == SellerStatus.REJECTED;
    }

    public List<ReferenceData.Category> getCategories() {
        return reference.categories(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<ReferenceData.Place> getKecamatanList() {
        return reference.kecamatan();
    }

    public List<ReferenceData.Place> getKelurahanList() {
        return reference.kelurahanOf(kecamatanId);
    }

    public List<PayoutProvider> getProviders() {
        return payoutMethod == null ? List.of() : PayoutProvider.of(PayoutMethod.valueOf(payoutMethod));
    }

    public BusinessScale[] getScales() {
        return BusinessScale.values();
    }

    public PayoutMethod[] getPayoutMethods() {
        return PayoutMethod.values();
    }

    public String getCategoryName() {
        return reference.categoryName(categoryId, FacesContext.getCurrentInstance().getViewRoot().getLocale()).orElse("");
    }

    public String getKecamatanName() {
        return reference.kecamatanName(kecamatanId).orElse("");
    }

    public String getKelurahanName() {
        return reference.kelurahanName(kelurahanId).orElse("");
    }

    public String getProviderLabel() {
        return PayoutProvider.parse(payoutProvider).map(PayoutProvider::label).orElse("");
    }

    public int getStep() { return step; }
    public int getReachedStep() { return reachedStep; }
    public boolean isExists() { return exists; }
    public SellerStatus getStatus() { return status; }
    public String getReviewNote() { return reviewNote; }
    public String getLogoUrl() { return logoUrl; }
    public String getSlug() { return slug; }
    public boolean isChangesPending() { return changesPending; }
    public String getNibCheck() { return nibCheck; }
    public boolean isNibVerified() { return nibVerified; }
    public boolean isKbliMismatch() { return kbliMismatch; }
    public String getLookupOutcome() { return lookupOutcome; }
    public String getOssBusinessName() { return ossBusinessName; }
    public String getOssStatus() { return ossStatus; }
    public List<KbliLine> getOssKbli() { return ossKbli; }

    public String getBusinessName() { return businessName; }
    public void setBusinessName(String v) { businessName = v; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String v) { ownerName = v; }
    public String getNib() { return nib; }
    public void setNib(String v) { nib = v; }
    public Short getCategoryId() { return categoryId; }
    public void setCategoryId(Short v) { categoryId = v; }
    public String getScale() { return scale; }
    public void setScale(String v) { scale = v; }
    public boolean isWomenLed() { return womenLed; }
    public void setWomenLed(boolean v) { womenLed = v; }
    public Short getKecamatanId() { return kecamatanId; }
    public void setKecamatanId(Short v) { kecamatanId = v; }
    public Short getKelurahanId() { return kelurahanId; }
    public void setKelurahanId(Short v) { kelurahanId = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public String getPayoutMethod() { return payoutMethod; }
    public void setPayoutMethod(String v) { payoutMethod = v; }
    public String getPayoutProvider() { return payoutProvider; }
    public void setPayoutProvider(String v) { payoutProvider = v; }
    public String getAccountNumber() { return accountNumber; }
    public void setAccountNumber(String v) { accountNumber = v; }
    public String getAccountHolder() { return accountHolder; }
    public void setAccountHolder(String v) { accountHolder = v; }
    public String getQrisNmid() { return qrisNmid; }
    public void setQrisNmid(String v) { qrisNmid = v; }
    public String getPirtNumber() { return pirtNumber; }
    public void setPirtNumber(String v) { pirtNumber = v; }
    public String getHalalNumber() { return halalNumber; }
    public void setHalalNumber(String v) { halalNumber = v; }
}
