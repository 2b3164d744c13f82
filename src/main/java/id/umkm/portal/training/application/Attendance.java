package id.umkm.portal.training.application;

import id.umkm.portal.identity.application.AuditLog;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.infrastructure.InstantConverter;
import id.umkm.portal.training.domain.CompletionRule;
import id.umkm.portal.training.domain.Enrollment;
import id.umkm.portal.training.domain.EnrollmentStatus;
import id.umkm.portal.training.domain.Programme;
import id.umkm.portal.training.domain.ProgrammeStatus;
import id.umkm.portal.training.domain.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A programme's sessions and who attended them: participants check in with the session's QR code
 * while it runs, or staff tick the roster. Attendance is stored once per participant and session
 * (primary key); when the programme is finished, the attendance rule decides who completed it.
 */
@ApplicationScoped
@Transactional
public class Attendance {

    public enum CheckIn { RECORDED, ALREADY_RECORDED }

    private static final InstantConverter UTC = new InstantConverter();

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Seats seats;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private Certificates certificates;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public TrainingSession plan(long programmeId, String title, Instant startsAt, Instant endsAt, String venue,
            String onlineLink, long staffId, String staffEmail) {
        Programme programme = seats.locked(programmeId);
        if (programme.getStatus() == ProgrammeStatus.FINISHED || programme.getStatus() == ProgrammeStatus.CANCELLED) {
            throw RuleViolation.conflict(null, "training.finish.notRunning");
        }
        TrainingSession session = TrainingSession.plan(programmeId, title, startsAt, endsAt, venue, onlineLink);
        em.persist(session);
        em.flush();
        audit.record(staffId, staffEmail, "TRAINING_SESSION_PLANNED", "training_session", session.getId(), session.getTitle());
        return session;
    }

    public List<TrainingSession> sessions(long programmeId) {
        return em.createQuery("SELECT s FROM TrainingSession s WHERE s.programmeId = :p ORDER BY s.startsAt, s.id",
                TrainingSession.class).setParameter("p", programmeId).getResultList();
    }

    public Optional<TrainingSession> session(long sessionId) {
        return Optional.ofNullable(em.find(TrainingSession.class, sessionId));
    }

    /** A participant's own check-in with the code from the session's QR. */
    public CheckIn checkIn(long accountId, long sessionId, String code) {
        Instant now = clock.instant();
        TrainingSession session = session(sessionId)
                .orElseThrow(() -> new RuleViolation(null, "training.checkIn.invalid"));
        if (!session.acceptsCheckIn(code, now)) {
            throw new RuleViolation(null, "training.checkIn.invalid");
        }
        Enrollment enrollment = sellers.forAccount(accountId)
                .flatMap(s -> participant(s.id(), session.getProgrammeId()))
                .orElseThrow(() -> new RuleViolation(null, "training.checkIn.notParticipant"));
        return record(session.getId(), enrollment.getId(), "QR", accountId, now)
                ? CheckIn.RECORDED : CheckIn.ALREADY_RECORDED;
    }

    /** Staff mark a participant present or absent on the session roster. */
    public void tick(long sessionId, long enrollmentId, boolean present, long staffId, String staffEmail) {
        TrainingSession session = session(sessionId).orElseThrow(() -> new RuleViolation(null, "training.unknownSession"));
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null || enrollment.getProgrammeId() != session.getProgrammeId()
                || enrollment.getStatus() != EnrollmentStatus.CONFIRMED) {
            throw new RuleViolation(null, "training.checkIn.notParticipant");
        }
        if (present) {
            record(sessionId, enrollmentId, "ROSTER", staffId, clock.instant());
        } else {
            em.createNativeQuery("DELETE FROM training_attendance WHERE session_id = ?1 AND enrollment_id = ?2")
                    .setParameter(1, sessionId).setParameter(2, enrollmentId).executeUpdate();
        }
        audit.record(staffId, staffEmail, present ? "TRAINING_ATTENDANCE_TICKED" : "TRAINING_ATTENDANCE_UNTICKED",
                "training_enrollment", enrollmentId, "session " + sessionId);
    }

    /** @return false when this participant's attendance was already recorded (the primary key keeps one row) */
    private boolean record(long sessionId, long enrollmentId, String method, long recorderId, Instant now) {
        return em.createNativeQuery("INSERT IGNORE INTO training_attendance (session_id, enrollment_id, method,"
                        + " recorded_at, recorded_by) VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, sessionId).setParameter(2, enrollmentId).setParameter(3, method)
                .setParameter(4, UTC.convertToDatabaseColumn(now)).setParameter(5, recorderId).executeUpdate() == 1;
    }

    /** The participants holding a seat, each with whether they attended this session. */
    @SuppressWarnings("unchecked")
    public List<SessionAttendee> sheet(long sessionId) {
        TrainingSession session = session(sessionId).orElseThrow(() -> new RuleViolation(null, "training.unknownSession"));
        List<Object[]> rows = em.createNativeQuery("SELECT e.id, e.seller_id, a.full_name, t.method FROM training_enrollment e"
                        + " JOIN account a ON a.id = e.account_id LEFT JOIN training_attendance t ON t.enrollment_id = e.id"
                        + " AND t.session_id = ?2 WHERE e.programme_id = ?1 AND e.status IN ('CONFIRMED', 'COMPLETED', 'NOT_COMPLETED')"
                        + " ORDER BY a.full_name, e.id")
                .setParameter(1, session.getProgrammeId()).setParameter(2, sessionId).getResultList();
        return rows.stream().map(r -> new SessionAttendee(SqlValues.number(r[0]),
                sellers.find(SqlValues.number(r[1])).map(SellerSummary::businessName).orElse(""), (String) r[2],
                (String) r[3])).toList();
    }

    /** Sessions attended per enrollment of a programme. */
    @SuppressWarnings("unchecked")
    public Map<Long, Integer> attendedCounts(long programmeId) {
        List<Object[]> rows = em.createNativeQuery("SELECT t.enrollment_id, COUNT(*) FROM training_attendance t"
                        + " JOIN training_session s ON s.id = t.session_id WHERE s.programme_id = ?1 GROUP BY t.enrollment_id")
                .setParameter(1, programmeId).getResultList();
        Map<Long, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.put(SqlValues.number(r[0]), (int) SqlValues.number(r[1])));
        return counts;
    }

    /**
     * Ends a programme after its last session: everyone holding a seat completes it or not by the
     * attendance rule, and those who completed get their certificate.
     *
     * @return how many completed
     */
    public int finish(long programmeId, long staffId, String staffEmail) {
        Instant now = clock.instant();
        Programme programme = seats.locked(programmeId);
        List<TrainingSession> sessions = sessions(programmeId);
        programme.finish(sessions.stream().map(TrainingSession::getEndsAt).max(Instant::compareTo).orElse(null), now);
        Map<Long, Integer> attended = attendedCounts(programmeId);
        List<Enrollment> seated = em.createQuery("SELECT e FROM Enrollment e WHERE e.programmeId = :p AND e.status = :c",
                Enrollment.class).setParameter("p", programmeId).setParameter("c", EnrollmentStatus.CONFIRMED).getResultList();
        int completed = 0;
        for (Enrollment e : seated) {
            boolean done = CompletionRule.completed(attended.getOrDefault(e.getId(), 0), sessions.size(),
                    programme.getMinAttendancePercent());
            e.finish(done, now);
            if (done) {
                certificates.issue(e, programme, sessions, now);
                completed++;
            }
        }
        audit.record(staffId, staffEmail, "TRAINING_FINISHED", "training_programme", programmeId,
                completed + " of " + seated.size() + " completed");
        return completed;
    }

    private Optional<Enrollment> participant(long sellerId, long programmeId) {
        return em.createQuery("SELECT e FROM Enrollment e WHERE e.sellerId = :s AND e.programmeId = :p AND e.status = :c",
                        Enrollment.class).setParameter("s", sellerId).setParameter("p", programmeId)
                .setParameter("c", EnrollmentStatus.CONFIRMED).getResultStream().findFirst();
    }

    /** One participant on a session's roster; method is QR, ROSTER, or null when absent. */
    public record SessionAttendee(long enrollmentId, String businessName, String participant, String method) implements Serializable {

        public boolean isPresent() {
            return method != null;
        }
    }

    /** For the staff page: sessions with the number of participants who attended each. */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> presentPerSession(long programmeId) {
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, COUNT(t.enrollment_id) FROM training_session s"
                        + " LEFT JOIN training_attendance t ON t.session_id = s.id WHERE s.programme_id = ?1 GROUP BY s.id")
                .setParameter(1, programmeId).getResultList();
        return rows.stream().collect(Collectors.toMap(r -> SqlValues.number(r[0]), r -> SqlValues.number(r[1])));
    }
}
