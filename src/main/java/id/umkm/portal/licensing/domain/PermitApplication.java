package id.umkm.portal.licensing.domain;

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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One application for a permit, from the applicant's draft to the issued permit or a refusal. It
 * moves only along {@link ApplicationStatus#next()}; every other move is refused. It also keeps the
 * service-level clock: time counts while the office has the application and stops while the
 * applicant is asked to fix something, so the office is measured only on its own time.
 */
@Entity
@Table(name = "permit_application")
public class PermitApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "tracking_number")
    private String trackingNumber;

    @Column(name = "permit_type_id")
    private long permitTypeId;

    @Column(name = "applicant_account_id")
    private long applicantAccountId;

    @Column(name = "applicant_name")
    private String applicantName;

    @Column(name = "applicant_email")
    private String applicantEmail;

    @Column(name = "nib")
    private String nib;

    @Enumerated(EnumType.STRING)
    @Column(name = "nib_check")
    private NibCheck.Outcome nibCheck;

    @Column(name = "business_name")
    private String businessName;

    @Column(name = "business_address")
    private String businessAddress;

    @Column(name = "kbli")
    private String kbli;

    @Column(name = "risk_level")
    private String riskLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private ApplicationStatus status;

    @Column(name = "renewal_of_id")
    private Long renewalOfId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Column(name = "sla_limit_seconds")
    private long slaLimitSeconds;

    @Column(name = "sla_used_seconds")
    private long slaUsedSeconds;

    @Column(name = "sla_running_since")
    private Instant slaRunningSince;

    @Column(name = "sla_deadline_at")
    private Instant slaDeadlineAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "permit_number")
    private String permitNumber;

    @Column(name = "verification_code")
    private String verificationCode;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "expiry_reminded_at")
    private Instant expiryRemindedAt;

    @Version
    @Column(name = "version")
    private int version;

    protected PermitApplication() {
    }

    /**
     * A draft for a business as OSS knows it; when OSS could not be reached (nibCheck UNAVAILABLE)
     * the applicant's own words stand until the retry job brings OSS's answer.
     */
    public static PermitApplication draft(long permitTypeId, Duration serviceLevel, long accountId, String applicantName, String applicantEmail,
            String nib,
            NibCheck.Outcome nibCheck, String businessName, String address, String kbli, String riskLevel,
            Long renewalOfId, Instant now) {
        if (nibCheck == NibCheck.Outcome.NOT_FOUND) {
            throw new RuleViolation("nib", "licensing.nib.notFound", nib);
        }
        if (businessName == null || businessName.isBlank()) {
            throw new RuleViolation("businessName", "licensing.businessName.required");
        }
        PermitApplication a = new PermitApplication();
        a.permitTypeId = permitTypeId;
        a.applicantAccountId = accountId;
        a.applicantName = applicantName;
        a.applicantEmail = applicantEmail;
        a.nib = nib;
        a.nibCheck = nibCheck;
        a.businessName = businessName;
        a.businessAddress = address;
        a.kbli = kbli;
        a.riskLevel = riskLevel;
        a.renewalOfId = renewalOfId;
        a.status = ApplicationStatus.DRAFT;
        a.createdAt = now;
        a.statusChangedAt = now;
        a.slaLimitSeconds = serviceLevel.toSeconds();
        return a;
    }

    /** OSS's answer arrived for a draft saved while OSS was unreachable. */
    public void confirmNib(NibCheck.Outcome outcome, String businessName, String address, String kbli, String riskLevel) {
        if (status != ApplicationStatus.DRAFT) {
            return;
        }
        this.nibCheck = outcome;
        if (outcome == NibCheck.Outcome.FOUND) {
            this.businessName = businessName;
            this.businessAddress = address;
            this.kbli = kbli;
            this.riskLevel = riskLevel;
        }
    }

    public void submit(String trackingNumber, Instant now) {
        if (nibCheck != NibCheck.Outcome.FOUND) {
            throw RuleViolation.conflict("nib", nibCheck == NibCheck.Outcome.UNAVAILABLE
                    ? "licensing.nib.stillUnchecked" : "licensing.nib.notFound", nib);
        }
        move(ApplicationStatus.SUBMITTED, now);
        this.trackingNumber = trackingNumber;
        this.submittedAt = now;
    }

    public void startVerification(Instant now) {
        if (status == ApplicationStatus.REVISION_REQUESTED) {
            throw RuleViolation.conflict("status", "licensing.status.illegalMove", status.name(),
                    ApplicationStatus.VERIFICATION.name());
        }
        move(ApplicationStatus.VERIFICATION, now);
    }

    public void requestRevision(Instant now) {
        move(ApplicationStatus.REVISION_REQUESTED, now);
    }

    /** The applicant sends the fixed documents back: verification goes on and the clock runs again. */
    public void resubmit(Instant now) {
        if (status != ApplicationStatus.REVISION_REQUESTED) {
            throw RuleViolation.conflict("status", "licensing.status.illegalMove", status.name(),
                    ApplicationStatus.VERIFICATION.name());
        }
        move(ApplicationStatus.VERIFICATION, now);
    }

    public void approve(Instant now) {
        move(ApplicationStatus.APPROVED, now);
    }

    public void issue(String permitNumber, String verificationCode, LocalDate validUntil, Instant now) {
        move(ApplicationStatus.ISSUED, now);
        this.permitNumber = permitNumber;
        this.verificationCode = verificationCode;
        this.validUntil = validUntil;
        this.issuedAt = now;
    }

    public void reject(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "licensing.reason.required");
        }
        move(ApplicationStatus.REJECTED, now);
        this.decisionReason = reason.strip();
    }

    public void remindedOfExpiry(Instant now) {
        this.expiryRemindedAt = now;
    }

    private void move(ApplicationStatus target, Instant now) {
        if (!status.canMoveTo(target)) {
            throw RuleViolation.conflict("status", "licensing.status.illegalMove", status.name(), target.name());
        }
        boolean ranBefore = status.clockRuns();
        if (ranBefore && !target.clockRuns()) {
            slaUsedSeconds += Duration.between(slaRunningSince, now).toSeconds();
            slaRunningSince = null;
            slaDeadlineAt = null;
        } else if (!ranBefore && target.clockRuns()) {
            slaRunningSince = now;
            slaDeadlineAt = now.plusSeconds(Math.max(0, slaLimitSeconds - slaUsedSeconds));
        }
        this.status = target;
        this.statusChangedAt = now;
    }

    /** Office time used so far, including the running stretch. */
    public Duration slaUsed(Instant now) {
        long running = slaRunningSince == null ? 0 : Duration.between(slaRunningSince, now).toSeconds();
        return Duration.ofSeconds(slaUsedSeconds + running);
    }

    public boolean isOverdue(Instant now) {
        return slaDeadlineAt != null && slaDeadlineAt.isBefore(now);
    }

    public boolean isClockPaused() {
        return status == ApplicationStatus.REVISION_REQUESTED;
    }

    public boolean isExpiredOn(LocalDate day) {
        return validUntil != null && validUntil.isBefore(day);
    }

    public Long getId() { return id; }
    public String getTrackingNumber() { return trackingNumber; }
    public long getPermitTypeId() { return permitTypeId; }
    public long getApplicantAccountId() { return applicantAccountId; }
    public String getApplicantName() { return applicantName; }
    public String getApplicantEmail() { return applicantEmail; }
    public String getNib() { return nib; }
    public NibCheck.Outcome getNibCheck() { return nibCheck; }
    public String getBusinessName() { return businessName; }
    public String getBusinessAddress() { return businessAddress; }
    public String getKbli() { return kbli; }
    public String getRiskLevel() { return riskLevel; }
    public ApplicationStatus getStatus() { return status; }
    public Long getRenewalOfId() { return renewalOfId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getStatusChangedAt() { return statusChangedAt; }
    public long getSlaLimitSeconds() { return slaLimitSeconds; }
    public Instant getSlaDeadlineAt() { return slaDeadlineAt; }
    public String getDecisionReason() { return decisionReason; }
    public String getPermitNumber() { return permitNumber; }
    public String getVerificationCode() { return verificationCode; }
    public Instant getIssuedAt() { return issuedAt; }
    public LocalDate getValidUntil() { return validUntil; }
    public Instant getExpiryRemindedAt() { return expiryRemindedAt; }
}
