package id.umkm.portal.training.application;

import id.umkm.portal.identity.application.AuditLog;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.infrastructure.InstantConverter;
import id.umkm.portal.training.domain.Enrollment;
import id.umkm.portal.training.domain.EnrollmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Staff overrule the allocation for one applicant: give a seat, take one away, or move someone on the
 * waiting list. Each needs a reason, kept with the enrollment and in the audit log.
 */
@ApplicationScoped
@Transactional
public class StaffOverrides {

    public enum Action { CONFIRM, REMOVE, RERANK }

    private static final InstantConverter UTC = new InstantConverter();
    private static final int MIN_REASON = 10;

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Seats seats;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /**
     * @param place the new waiting-list place (1 = next in line), only for {@link Action#RERANK}
     */
    public void override(long enrollmentId, Action action, Integer place, String reason, long staffId, String staffEmail) {
        if (action == null) {
            throw new RuleViolation("action", "training.override.actionRequired");
        }
        if (reason == null || reason.strip().length() < MIN_REASON) {
            throw new RuleViolation("reason", "training.override.reasonRequired", MIN_REASON);
        }
        Enrollment found = em.find(Enrollment.class, enrollmentId);
        if (found == null) {
            throw new RuleViolation(null, "training.override.unknownEnrollment");
        }
        seats.locked(found.getProgrammeId());
        em.refresh(found);
        Instant now = clock.instant();
        String detail = switch (action) {
            case CONFIRM -> confirm(found, now);
            case REMOVE -> remove(found, now);
            case RERANK -> rerank(found, place);
        };
        em.createNativeQuery("INSERT INTO training_override (enrollment_id, action, detail, reason, staff_id, occurred_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, enrollmentId).setParameter(2, action.name()).setParameter(3, detail)
                .setParameter(4, reason.strip()).setParameter(5, staffId).setParameter(6, UTC.convertToDatabaseColumn(now))
                .executeUpdate();
        audit.record(staffId, staffEmail, "TRAINING_OVERRIDE_" + action.name(), "training_enrollment", enrollmentId,
                (detail == null ? "" : detail + ": ") + reason.strip());
    }

    private String confirm(Enrollment enrollment, Instant now) {
        EnrollmentStatus before = enrollment.getStatus();
        if (before == EnrollmentStatus.OFFERED) {
            enrollment.confirmByStaff(enrollment.isReservedSeat(), now);
        } else if (before == EnrollmentStatus.WAITLISTED) {
            Seats.Seat seat = seats.take(enrollment.getProgrammeId(), enrollment.getKecamatanId());
            if (seat == Seats.Seat.NONE) {
                throw RuleViolation.conflict(null, "training.override.noSeat");
            }
            enrollment.confirmByStaff(seat == Seats.Seat.RESERVED, now);
        } else {
            throw RuleViolation.conflict(null, "training.override.notWaiting", before.name());
        }
        return before.name() + "→CONFIRMED";
    }

    private String remove(Enrollment enrollment, Instant now) {
        EnrollmentStatus before = enrollment.getStatus();
        if (!before.isActive()) {
            throw RuleViolation.conflict(null, "training.override.notActive", before.name());
        }
        enrollment.cancel(now);
        if (before.holdsSeat()) {
            seats.release(enrollment);
            seats.offerFreed(enrollment.getProgrammeId(), now);
        }
        return before.name() + "→CANCELLED";
    }

    /** Moves the applicant to a place on the waiting list and numbers the whole list again from 1. */
    private String rerank(Enrollment enrollment, Integer place) {
        if (enrollment.getStatus() != EnrollmentStatus.WAITLISTED) {
            throw RuleViolation.conflict(null, "training.override.notWaiting", enrollment.getStatus().name());
        }
        List<Enrollment> waiting = new ArrayList<>(em.createQuery("SELECT e FROM Enrollment e WHERE e.programmeId = :p"
                        + " AND e.status = :w ORDER BY e.queueRank, e.id", Enrollment.class)
                .setParameter("p", enrollment.getProgrammeId()).setParameter("w", EnrollmentStatus.WAITLISTED)
                .getResultList());
        if (place == null || place < 1 || place > waiting.size()) {
            throw new RuleViolation("place", "training.override.placeInvalid", waiting.size());
        }
        int from = waiting.indexOf(enrollment) + 1;
        waiting.remove(enrollment);
        waiting.add(place - 1, enrollment);
        for (int i = 0; i < waiting.size(); i++) {
            waiting.get(i).requeue(i + 1);
        }
        return "#" + from + "→#" + place;
    }

    /** The overrides of a programme, newest first. */
    @SuppressWarnings("unchecked")
    public List<OverrideLine> history(long programmeId) {
        List<Object[]> rows = em.createNativeQuery("SELECT o.enrollment_id, o.action, o.detail, o.reason, a.email,"
                        + " o.occurred_at FROM training_override o JOIN training_enrollment e ON e.id = o.enrollment_id"
                        + " JOIN account a ON a.id = o.staff_id WHERE e.programme_id = ?1 ORDER BY o.occurred_at DESC, o.id DESC")
                .setParameter(1, programmeId).getResultList();
        return rows.stream().map(r -> new OverrideLine(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], SqlValues.instant(r[5]))).toList();
    }

    public record OverrideLine(long enrollmentId, String action, String detail, String reason, String staff, Instant at) implements Serializable {
    }
}
