package id.umkm.portal.seller.domain;

import id.umkm.portal.oss.application.NibCheck;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * A SELLER account's business. Filled in four steps (business, location and contact, payout, review);
 * every step saves, so the seller can leave and come back. Staff verify it before it turns public.
 * A verified seller who changes a key fact (name, NIB, place, category, scale, payout) stays public but
 * goes back to the staff queue as a changed profile ({@code changesPending}).
 */
@Entity
@Table(name = "seller")
public class Seller implements Serializable {

    public static final int LAST_STEP = 4;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "slug")
    private String slug;

    @Column(name = "business_name", nullable = false)
    private String businessName;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "nib")
    private String nib;

    @Column(name = "nib_checked_at")
    private Instant nibCheckedAt;

    @Column(name = "nib_verified", nullable = false)
    private boolean nibVerified;

    @Enumerated(EnumType.STRING)
    @Column(name = "nib_check")
    private NibCheck.Outcome nibCheck;

    @Column(name = "kbli_mismatch", nullable = false)
    private boolean kbliMismatch;

    @Column(name = "kecamatan_id")
    private Short kecamatanId;

    @Column(name = "kelurahan_id")
    private Short kelurahanId;

    @Column(name = "address")
    private String address;

    @Column(name = "category_id")
    private Short categoryId;

    @Enumerated(EnumType.STRING)
    @Column(name = "scale")
    private BusinessScale scale;

    @Column(name = "phone")
    private String phone;

    @Column(name = "women_led", nullable = false)
    private boolean womenLed;

    @Column(name = "description")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "payout_method")
    private PayoutMethod payoutMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "payout_provider")
    private PayoutProvider payoutProvider;

    @Column(name = "payout_account_number")
    private String payoutAccountNumber;

    @Column(name = "payout_account_holder")
    private String payoutAccountHolder;

    @Column(name = "qris_nmid")
    private String qrisNmid;

    @Column(name = "pirt_number")
    private String pirtNumber;

    @Column(name = "halal_number")
    private String halalNumber;

    @Column(name = "logo_media_id")
    private Long logoMediaId;

    @Column(name = "onboarding_step", nullable = false)
    private int onboardingStep = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SellerStatus status = SellerStatus.DRAFT;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "changes_pending", nullable = false)
    private boolean changesPending;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version")
    private int version;

    protected Seller() {
    }

    public static Seller start(long accountId, String businessName, Instant now) {
        Seller seller = new Seller();
        seller.accountId = accountId;
        seller.businessName = businessName;
        seller.createdAt = now;
        seller.updatedAt = now;
        return seller;
    }

    /** Step 1. */
    public void describeBusiness(String businessName, String ownerName, String nib, short categoryId,
            BusinessScale scale, boolean womenLed, Instant now) {
        requireEditable();
        boolean keyChange = !Objects.equals(this.businessName, businessName) || !Objects.equals(this.nib, nib)
                || !Objects.equals(this.categoryId, categoryId) || this.scale != scale;
        this.businessName = businessName;
        this.ownerName = ownerName;
        this.nib = nib;
        this.categoryId = categoryId;
        this.scale = scale;
        this.womenLed = womenLed;
        completed(1, keyChange, now);
    }

    /** What OSS said about the NIB: advice for staff, never a reason to refuse the profile. */
    public void recordNibCheck(NibCheck.Outcome outcome, boolean verified, boolean kbliMismatch, Instant now) {
        this.nibCheck = outcome;
        this.nibVerified = verified;
        this.kbliMismatch = kbliMismatch;
        this.nibCheckedAt = outcome == NibCheck.Outcome.UNAVAILABLE ? null : now;
    }

    /** Step 2. */
    public void locate(short kecamatanId, short kelurahanId, String address, String phone, String description,
            Instant now) {
        requireEditable();
        boolean keyChange = !Objects.equals(this.kecamatanId, kecamatanId) || !Objects.equals(this.kelurahanId, kelurahanId);
        this.kecamatanId = kecamatanId;
        this.kelurahanId = kelurahanId;
        this.address = address;
        this.phone = phone;
        this.description = description;
        completed(2, keyChange, now);
    }

    /** Step 3. */
    public void arrangePayout(PayoutProvider provider, String accountNumber, String accountHolder, String qrisNmid,
            String pirtNumber, String halalNumber, Instant now) {
        requireEditable();
        boolean keyChange = this.payoutProvider != provider || !Objects.equals(this.payoutAccountNumber, accountNumber)
                || !Objects.equals(this.payoutAccountHolder, accountHolder);
        this.payoutMethod = provider.method();
        this.payoutProvider = provider;
        this.payoutAccountNumber = accountNumber;
        this.payoutAccountHolder = accountHolder;
        this.qrisNmid = qrisNmid;
        this.pirtNumber = pirtNumber;
        this.halalNumber = halalNumber;
        completed(3, keyChange, now);
    }

    /**
     * A new logo (or none). Buyers see it on the storefront, so on a verified profile staff look at
     * it again like any other visible change.
     */
    public void changeLogo(Long mediaId, Instant now) {
        requireEditable();
        boolean changed = !Objects.equals(logoMediaId, mediaId);
        logoMediaId = mediaId;
        if (changed && status == SellerStatus.VERIFIED) {
            changesPending = true;
            changedAt = now;
        }
        updatedAt = now;
    }

    /** The first step still missing something, or 0 when the profile is complete. */
    public int firstIncompleteStep() {
        if (isBlank(businessName) || isBlank(ownerName) || nib == null || categoryId == null || scale == null) {
            return 1;
        }
        if (kecamatanId == null || kelurahanId == null || isBlank(address) || phone == null) {
            return 2;
        }
        if (payoutProvider == null || payoutAccountNumber == null || payoutAccountHolder == null) {
            return 3;
        }
        return 0;
    }

    /** Sends the profile to the staff queue; the storefront address is fixed at the first submission. */
    public void submit(String freeSlug, Instant now) {
        int missing = firstIncompleteStep();
        if (missing != 0) {
            throw new RuleViolation("step", "seller.submit.incomplete", missing);
        }
        moveTo(SellerStatus.SUBMITTED);
        if (slug == null) {
            slug = freeSlug;
        }
        submittedAt = now;
        onboardingStep = LAST_STEP;
        updatedAt = now;
    }

    public void verify(Instant now) {
        if (status == SellerStatus.VERIFIED && changesPending) {
            changesPending = false;
        } else {
            moveTo(SellerStatus.VERIFIED);
        }
        verifiedAt = now;
        reviewNote = null;
        updatedAt = now;
    }

    public void reject(String reason, Instant now) {
        if (status == SellerStatus.VERIFIED && !changesPending) {
            throw illegalMove(SellerStatus.REJECTED);
        }
        moveTo(SellerStatus.REJECTED);
        changesPending = false;
        reviewNote = reason;
        updatedAt = now;
    }

    public void suspend(String reason, Instant now) {
        moveTo(SellerStatus.SUSPENDED);
        changesPending = false;
        reviewNote = reason;
        updatedAt = now;
    }

    public void reinstate(Instant now) {
        moveTo(SellerStatus.VERIFIED);
        reviewNote = null;
        updatedAt = now;
    }

    private void moveTo(SellerStatus target) {
        if (!status.canMoveTo(target)) {
            throw illegalMove(target);
        }
        status = target;
    }

    private RuleViolation illegalMove(SellerStatus target) {
        return RuleViolation.conflict(null, "seller.status.illegalMove", status.name(), target.name());
    }

    private void requireEditable() {
        if (status == SellerStatus.SUSPENDED) {
            throw RuleViolation.conflict(null, "seller.profile.suspended");
        }
    }

    private void completed(int step, boolean keyChange, Instant now) {
        onboardingStep = Math.max(onboardingStep, Math.min(step + 1, LAST_STEP));
        if (keyChange && status == SellerStatus.VERIFIED) {
            changesPending = true;
            changedAt = now;
        }
        updatedAt = now;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public String getSlug() { return slug; }
    public String getBusinessName() { return businessName; }
    public String getOwnerName() { return ownerName; }
    public String getNib() { return nib; }
    public Instant getNibCheckedAt() { return nibCheckedAt; }
    public boolean isNibVerified() { return nibVerified; }
    public NibCheck.Outcome getNibCheck() { return nibCheck; }
    public boolean isKbliMismatch() { return kbliMismatch; }
    public Short getKecamatanId() { return kecamatanId; }
    public Short getKelurahanId() { return kelurahanId; }
    public String getAddress() { return address; }
    public Short getCategoryId() { return categoryId; }
    public BusinessScale getScale() { return scale; }
    public String getPhone() { return phone; }
    public boolean isWomenLed() { return womenLed; }
    public String getDescription() { return description; }
    public PayoutMethod getPayoutMethod() { return payoutMethod; }
    public PayoutProvider getPayoutProvider() { return payoutProvider; }
    public String getPayoutAccountNumber() { return payoutAccountNumber; }
    public String getPayoutAccountHolder() { return payoutAccountHolder; }
    public String getQrisNmid() { return qrisNmid; }
    public String getPirtNumber() { return pirtNumber; }
    public String getHalalNumber() { return halalNumber; }
    public Long getLogoMediaId() { return logoMediaId; }
    public int getOnboardingStep() { return onboardingStep; }
    public SellerStatus getStatus() { return status; }
    public String getReviewNote() { return reviewNote; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getVerifiedAt() { return verifiedAt; }
    public boolean isChangesPending() { return changesPending; }
    public Instant getChangedAt() { return changedAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
