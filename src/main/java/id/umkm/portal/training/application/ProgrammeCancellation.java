package id.umkm.portal.training.application;

import id.umkm.portal.identity.application.AuditLog;
import id.umkm.portal.notification.application.Notice;
import id.umkm.portal.notification.application.Notifications;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.training.domain.Enrollment;
import id.umkm.portal.training.domain.EnrollmentStatus;
import id.umkm.portal.training.domain.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Staff call a programme off: every application, seat, offer and waiting place ends with it, and
 * each person enrolled is told why, in the app and by mail. The programme row is locked first, so no
 * application or offer can slip in while it is being cancelled.
 */
@ApplicationScoped
@Transactional
public class ProgrammeCancellation {

    static final int MIN_REASON = 10;

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Seats seats;

    @Inject
    private Notifications notifications;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** Returns how many people were enrolled and have been told. */
    public int cancel(long programmeId, String reason, long staffId, String staffEmail) {
        String why = requireReason(reason);
        Instant now = clock.instant();
        Programme programme = seats.locked(programmeId);
        programme.cancel(why, now);
        List<Enrollment> active = em.createQuery("SELECT e FROM Enrollment e WHERE e.programmeId = :p"
                        + " AND e.status IN :active", Enrollment.class)
                .setParameter("p", programmeId)
                .setParameter("active", List.of(EnrollmentStatus.APPLIED, EnrollmentStatus.CONFIRMED,
                        EnrollmentStatus.WAITLISTED, EnrollmentStatus.OFFERED))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Enrollment enrollment : active) {
            enrollment.cancel(now);
            notifications.tell(new Notice(enrollment.getAccountId(), "training:" + programmeId + ":cancelled",
                    "notice.training.cancelled.title", "notice.training.cancelled.body", "/seller/trainings.xhtml",
                    programme.getTitle(), why));
        }
        em.createNativeQuery("UPDATE training_quota SET seats_taken = 0 WHERE programme_id = ?1")
                .setParameter(1, programmeId).executeUpdate();
        em.createNativeQuery("UPDATE training_programme SET seats_taken = 0 WHERE id = ?1")
                .setParameter(1, programmeId).executeUpdate();
        audit.record(staffId, staffEmail, "TRAINING_CANCELLED", "training_programme", programmeId, why);
        return active.size();
    }

    /** A staff decision people will read needs a real reason, not a keystroke. */
    static String requireReason(String reason) {
        if (reason == null || reason.strip().length() < MIN_REASON) {
            throw new RuleViolation("reason", "training.reasonRequired", MIN_REASON);
        }
        return reason.strip();
    }
}
