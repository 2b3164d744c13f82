package id.umkm.portal.licensing.application;

import id.umkm.portal.identity.application.AuditLog;
import id.umkm.portal.licensing.domain.ApplicationDocument;
import id.umkm.portal.licensing.domain.ApplicationStatus;
import id.umkm.portal.licensing.domain.DocumentRequirement;
import id.umkm.portal.licensing.domain.PermitApplication;
import id.umkm.portal.licensing.domain.PermitType;
import id.umkm.portal.oss.application.LicenseStatusReceived;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.infrastructure.MailMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The licensing officer's work: the queue, the overdue list and the moves of an application. Each
 * move locks the application row first, so two officers acting at once cannot both move it: the
 * second sees the new state and the domain refuses the move.
 */
@ApplicationScoped
@Transactional
public class LicensingDesk {

    @Inject
    private ApplicationViews views;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<MailMessage> mail;

    @Inject
    private Clock clock;

    /** Submitted applications in a state (all open ones when status is null), the nearest deadline first. */
    public List<ApplicationSummary> queue(ApplicationStatus status) {
        if (status == null) {
            return views.summaries("a.status NOT IN :closed", Map.of("closed",
                    List.of(ApplicationStatus.DRAFT, ApplicationStatus.ISSUED, ApplicationStatus.REJECTED)),
                    "a.slaDeadlineAt, a.statusChangedAt");
        }
        if (status == ApplicationStatus.DRAFT) {
            return List.of();
        }
        return views.summaries("a.status = :s", Map.of("s", status), "a.slaDeadlineAt, a.statusChangedAt DESC");
    }

    /** Applications the office has had longer than the permit's service level (paused time not counted). */
    public List<ApplicationSummary> overdue() {
        return views.summaries("a.slaDeadlineAt < :now", Map.of("now", clock.instant()), "a.slaDeadlineAt");
    }

    public ApplicationDetail detail(long id) {
        PermitApplication a = views.em().find(PermitApplication.class, id);
        if (a == null || a.getStatus() == ApplicationStatus.DRAFT) {
            throw new ApplicationNotFound();
        }
        return views.detail(a);
    }

    public StoredFile document(long id, String documentCode) {
        detail(id);
        return StoredFile.of(views, views.em().find(PermitApplication.class, id), documentCode);
    }

    public ApplicationDetail startVerification(long officerId, String officer, long id) {
        return move(officerId, officer, id, null, a -> a.startVerification(clock.instant()));
    }

    /**
     * Sends the application back to the applicant with a remark for each document to fix; the
     * other documents count as accepted. The clock stops until the applicant resubmits.
     */
    public ApplicationDetail requestRevision(long officerId, String officer, long id, Map<String, String> remarks,
            String note) {
        Map<String, String> given = new HashMap<>();
        if (remarks != null) {
            remarks.forEach((code, remark) -> {
                if (remark != null && !remark.isBlank()) {
                    given.put(code, remark.strip());
                }
            });
        }
        if (given.isEmpty()) {
            throw new RuleViolation("remarks", "licensing.revision.remarkRequired");
        }
        return move(officerId, officer, id, describe(given, note), a -> {
            PermitType type = views.type(a.getPermitTypeId());
            for (String code : given.keySet()) {
                DocumentRequirement r = type.document(code)
                        .orElseThrow(() -> new RuleViolation("remarks", "licensing.document.unknown", code));
                if (views.document(a.getId(), r.getId()).isEmpty()) {
                    throw new RuleViolation("remarks", "licensing.revision.notUploaded", r.getNameId());
                }
            }
            a.requestRevision(clock.instant());
            for (DocumentRequirement r : type.getDocuments()) {
                String remark = given.get(r.getCode());
                views.document(a.getId(), r.getId()).ifPresent(d -> {
                    if (remark != null) {
                        d.askToRevise(remark);
                    } else {
                        d.accept();
                    }
                });
            }
            notifyApplicant(a, "licensing.mail.revision");
        });
    }

    public ApplicationDetail approve(long officerId, String officer, long id) {
        return move(officerId, officer, id, null, a -> {
            a.approve(clock.instant());
            views.documents(a.getId()).forEach(ApplicationDocument::accept);
        });
    }

    public ApplicationDetail issue(long officerId, String officer, long id) {
        return move(officerId, officer, id, null, a -> {
            PermitType type = views.type(a.getPermitTypeId());
            LocalDate today = LocalDate.now(clock.withZone(CityTime.ZONE));
            LocalDate validUntil = type.getValidityMonths() == null ? null
                    : today.plusMonths(type.getValidityMonths()).minusDays(1);
            a.issue(PermitCodes.permitNumber(type, a.getId(), today), PermitCodes.verificationCode(), validUntil,
                    clock.instant());
            notifyApplicant(a, "licensing.mail.issued");
        });
    }

    public ApplicationDetail reject(long officerId, String officer, long id, String reason) {
        return move(officerId, officer, id, reason, a -> {
            a.reject(reason, clock.instant());
            notifyApplicant(a, "licensing.mail.rejected");
        });
    }

    /** OSS reported a permit state for an application made here (id_izin is the tracking number). */
    public void licenseStatusReceived(@Observes LicenseStatusReceived received) {
        List<PermitApplication> matching = views.em().createQuery("SELECT a FROM PermitApplication a"
                        + " WHERE a.trackingNumber = :t AND a.nib = :nib", PermitApplication.class)
                .setParameter("t", received.permitId()).setParameter("nib", received.nib()).getResultList();
        for (PermitApplication a : matching) {
            views.record(a, null, "OSS", a.getStatus(), "OSS status " + received.statusCode()
                    + (received.note() == null ? "" : ": " + received.note()));
        }
    }

    private ApplicationDetail move(long officerId, String officer, long id, String note,
            java.util.function.Consumer<PermitApplication> step) {
        PermitApplication a = views.locked(id);
        if (a.getStatus() == ApplicationStatus.DRAFT) {
            throw new ApplicationNotFound();
        }
        ApplicationStatus from = a.getStatus();
        step.accept(a);
        views.record(a, officerId, officer, from, note);
        audit.record(officerId, officer, "PERMIT_" + a.getStatus().name(), "permit_application", a.getId(),
                a.getTrackingNumber());
        return views.detail(a);
    }

    private void notifyApplicant(PermitApplication a, String key) {
        mail.fire(LicensingMails.about(a, key, views.type(a.getPermitTypeId())));
    }

    private static String describe(Map<String, String> remarks, String note) {
        String lines = remarks.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
        return note == null || note.isBlank() ? lines : note.strip() + " — " + lines;
    }
}
