package id.umkm.portal.licensing.application;

import id.umkm.portal.identity.application.AuditLog;
import id.umkm.portal.licensing.domain.ApplicationDocument;
import id.umkm.portal.licensing.domain.ApplicationStatus;
import id.umkm.portal.licensing.domain.DocumentCheck;
import id.umkm.portal.licensing.domain.DocumentRequirement;
import id.umkm.portal.licensing.domain.FileFormat;
import id.umkm.portal.licensing.domain.PermitApplication;
import id.umkm.portal.licensing.domain.PermitType;
import id.umkm.portal.oss.application.NibAnswered;
import id.umkm.portal.oss.application.NibCheck;
import id.umkm.portal.oss.application.NibProject;
import id.umkm.portal.oss.application.NibRecord;
import id.umkm.portal.oss.application.NibRegistry;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The applicant's side: start an application from a NIB, upload documents, submit, fix what the
 * officer asked for, renew. Every method takes the caller's account and works only on that
 * account's applications; another account's id answers as if it did not exist.
 */
@ApplicationScoped
@Transactional
public class PermitApplications {

    @Inject
    private ApplicationViews views;

    @Inject
    private PermitCatalogue catalogue;

    @Inject
    private NibRegistry nibRegistry;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** The business as OSS knows it, for the form to fill in before anything is saved. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public NibCheck lookUp(String nib) {
        return nibRegistry.check(nib);
    }

    /**
     * Saves a draft. OSS unreachable is no obstacle: the draft keeps the applicant's business name
     * and the retry job fills in OSS's facts later; a NIB OSS does not know is refused.
     */
    public ApplicationDetail start(long accountId, String applicantName, String applicantEmail,
            @NotBlank(message = "{licensing.permitType.required}") String permitType,
            @NotNull(message = "{licensing.nib.invalid}") @Pattern(regexp = "[0-9]{13}", message = "{licensing.nib.invalid}") String nib,
            String typedBusinessName) {
        PermitType type = catalogue.byCode(permitType).filter(PermitType::isActive)
                .orElseThrow(() -> new RuleViolation("permitType", "licensing.permitType.unknown"));
        return views.detail(draft(type, accountId, applicantName, applicantEmail, nib, typedBusinessName, null));
    }

    /** A new application for the same permit, started from an issued one that is due for renewal. */
    public ApplicationDetail renew(long accountId, long issuedId) {
        PermitApplication issued = own(accountId, issuedId);
        PermitType type = views.type(issued.getPermitTypeId());
        LocalDate today = LocalDate.now(clock.withZone(CityTime.ZONE));
        if (issued.getStatus() != ApplicationStatus.ISSUED || !type.isRenewable() || issued.getValidUntil() == null
                || today.isBefore(issued.getValidUntil().minusDays(type.getRenewalWindowDays()))) {
            throw RuleViolation.conflict(null, "licensing.renewal.notYet", type.getRenewalWindowDays());
        }
        try {
            PermitApplication renewal = draft(type, accountId, issued.getApplicantName(), issued.getApplicantEmail(),
                    issued.getNib(), issued.getBusinessName(), issued.getId());
            views.em().flush();
            return views.detail(renewal);
        } catch (PersistenceException twice) {
            throw RuleViolation.conflict(null, "licensing.renewal.exists");
        }
    }

    private PermitApplication draft(PermitType type, long accountId, String applicantName, String applicantEmail,
            String nib, String typedBusinessName, Long renewalOf) {
        NibCheck check = nibRegistry.check(nib);
        Optional<NibRecord> found = check.found();
        if (found.isPresent() && !found.get().isActive()) {
            throw new RuleViolation("nib", "licensing.nib.inactive", nib, found.get().statusNib());
        }
        Optional<NibProject> project = found.flatMap(NibRecord::riskiestProject);
        Instant now = clock.instant();
        PermitApplication a = PermitApplication.draft(type.getId(), type.serviceLevel(), accountId, applicantName, applicantEmail, nib,
                check.outcome(), found.map(NibRecord::businessName).orElse(typedBusinessName),
                found.map(NibRecord::address).orElse(null), project.map(NibProject::kbli).orElse(null),
                project.map(p -> p.riskLevel().name()).orElse(null), renewalOf, now);
        views.em().persist(a);
        views.em().flush();
        views.record(a, accountId, applicantName, null, check.outcome() == NibCheck.Outcome.UNAVAILABLE
                ? "OSS tidak dapat dihubungi; NIB akan dicek ulang otomatis" : null);
        return a;
    }

    /** Checks the file by its content and keeps it as the application's document for code. */
    public DocumentLine upload(long accountId, long applicationId, String documentCode, String fileName, byte[] content) {
        PermitApplication a = ownLocked(accountId, applicationId);
        PermitType type = views.type(a.getPermitTypeId());
        DocumentRequirement requirement = type.document(documentCode)
                .orElseThrow(() -> new RuleViolation("document", "licensing.document.unknown", documentCode));
        String name = fileName == null || fileName.isBlank() ? documentCode : fileName.strip();
        Optional<ApplicationDocument> existing = views.document(a.getId(), requirement.getId());
        if (a.getStatus() == ApplicationStatus.REVISION_REQUESTED) {
            if (existing.isPresent() && existing.get().getReview() == ApplicationDocument.Review.ACCEPTED) {
                throw RuleViolation.conflict("document", "licensing.document.alreadyAccepted", requirement.getNameId());
            }
        } else if (a.getStatus() != ApplicationStatus.DRAFT) {
            throw RuleViolation.conflict("document", "licensing.document.locked");
        }
        FileFormat format = DocumentCheck.check(requirement, name, content);
        ApplicationDocument document = existing.orElseGet(() -> new ApplicationDocument(a.getId(), requirement.getId()));
        document.replace(name, format, content, clock.instant());
        if (existing.isEmpty()) {
            views.em().persist(document);
        }
        views.em().flush();
        return views.detail(a).documents().stream().filter(d -> d.code().equals(documentCode)).findFirst().orElseThrow();
    }

    public ApplicationDetail submit(long accountId, long applicationId) {
        PermitApplication a = ownLocked(accountId, applicationId);
        requireDocuments(a);
        ApplicationStatus from = a.getStatus();
        a.submit(freeTrackingNumber(), clock.instant());
        views.record(a, accountId, a.getApplicantName(), from, null);
        audit.record(accountId, a.getApplicantName(), "PERMIT_SUBMITTED", "permit_application", a.getId(),
                a.getTrackingNumber());
        return views.detail(a);
    }

    /** Sends the fixed documents back to the officer; every document marked for revision needs a new file. */
    public ApplicationDetail resubmit(long accountId, long applicationId) {
        PermitApplication a = ownLocked(accountId, applicationId);
        ApplicationDetail detail = views.detail(a);
        List<String> unfixed = detail.documents().stream().filter(DocumentLine::isToRevise)
                .map(DocumentLine::nameId).toList();
        if (!unfixed.isEmpty()) {
            throw new RuleViolation("document", "licensing.revision.unfixed", String.join(", ", unfixed));
        }
        ApplicationStatus from = a.getStatus();
        a.resubmit(clock.instant());
        views.record(a, accountId, a.getApplicantName(), from, null);
        audit.record(accountId, a.getApplicantName(), "PERMIT_RESUBMITTED", "permit_application", a.getId(),
                a.getTrackingNumber());
        return views.detail(a);
    }

    public List<ApplicationSummary> mine(long accountId) {
        return views.summaries("a.applicantAccountId = :account", Map.of("account", accountId), "a.createdAt DESC");
    }

    public ApplicationDetail mine(long accountId, long applicationId) {
        return views.detail(own(accountId, applicationId));
    }

    public StoredFile document(long accountId, long applicationId, String documentCode) {
        return StoredFile.of(views, own(accountId, applicationId), documentCode);
    }

    /** A draft saved while OSS was unreachable takes OSS's answer when the retry job gets it. */
    public void nibAnswered(@Observes NibAnswered answered) {
        List<PermitApplication> drafts = views.em().createQuery("SELECT a FROM PermitApplication a WHERE a.nib = :nib"
                        + " AND a.status = :draft", PermitApplication.class)
                .setParameter("nib", answered.nib()).setParameter("draft", ApplicationStatus.DRAFT).getResultList();
        for (PermitApplication a : drafts) {
            NibCheck check = answered.check();
            Optional<NibProject> project = check.found().flatMap(NibRecord::riskiestProject);
            a.confirmNib(check.outcome(), check.found().map(NibRecord::businessName).orElse(null),
                    check.found().map(NibRecord::address).orElse(null), project.map(NibProject::kbli).orElse(null),
                    project.map(p -> p.riskLevel().name()).orElse(null));
        }
    }

    private void requireDocuments(PermitApplication a) {
        List<String> missing = views.detail(a).documents().stream().filter(d -> d.mandatory() && !d.isUploaded())
                .map(DocumentLine::nameId).toList();
        if (!missing.isEmpty()) {
            throw new RuleViolation("document", "licensing.documents.missing", String.join(", ", missing));
        }
    }

    private String freeTrackingNumber() {
        LocalDate today = LocalDate.now(clock.withZone(CityTime.ZONE));
        for (int attempt = 0; attempt < 5; attempt++) {
            String candidate = PermitCodes.trackingNumber(today);
            Long taken = views.em().createQuery("SELECT COUNT(a) FROM PermitApplication a WHERE a.trackingNumber = :t",
                    Long.class).setParameter("t", candidate).getSingleResult();
            if (taken == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("No free tracking number after five tries");
    }

    private PermitApplication own(long accountId, long applicationId) {
        PermitApplication a = views.em().find(PermitApplication.class, applicationId);
        if (a == null || a.getApplicantAccountId() != accountId) {
            throw new ApplicationNotFound();
        }
        return a;
    }

    private PermitApplication ownLocked(long accountId, long applicationId) {
        own(accountId, applicationId);
        return views.locked(applicationId);
    }
}
