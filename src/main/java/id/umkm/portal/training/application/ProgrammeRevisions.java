package id.umkm.portal.training.application;

import id.umkm.portal.identity.application.AuditLog;
import id.umkm.portal.notification.application.Notice;
import id.umkm.portal.notification.application.Notifications;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.training.domain.EnrollmentStatus;
import id.umkm.portal.training.domain.Programme;
import id.umkm.portal.training.domain.ProgrammeDetails;
import id.umkm.portal.training.domain.ProgrammeRevision;
import id.umkm.portal.training.domain.TrainingSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Staff revise a programme's details after it was defined. The programme row is locked first, so a
 * revision, an application and a cancellation of one programme happen one after another; the
 * version staff read must still be the programme's, else the revision is refused whole. Seats a
 * larger capacity (or a smaller kecamatan quota) frees are offered to the waiting list in order,
 * seat holders hear of a new place, and the audit trail keeps who changed what.
 */
@ApplicationScoped
@Transactional
public class ProgrammeRevisions {

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

    public Programme revise(long programmeId, ProgrammeDetails details, long staffId, String staffEmail) {
        Instant now = clock.instant();
        Programme programme = seats.locked(programmeId);
        ProgrammeRevision revision = programme.revise(details, seats.quotaSeatsTaken(programmeId), now);
        List<TrainingSession> moved = reschedule(programmeId, details.sessions(), revision);
        em.flush();
        seats.requota(programmeId, details.seats().reservedSeats());
        if (revision.mayFreeSeats()) {
            seats.offerFreed(programmeId, now);
        }
        if (revision.isPlaceChanged()) {
            String place = programme.getVenue() != null ? programme.getVenue() : programme.getOnlineLink();
            tellSeatHolders(programme, "place:" + Objects.hash(place), place);
        }
        for (TrainingSession session : moved) {
            String place = session.getVenue() != null ? session.getVenue() : session.getOnlineLink();
            tellSeatHolders(programme, "session:" + session.getId() + ":" + Objects.hash(session.getStartsAt(), place),
                    session.getTitle() + ", " + place);
        }
        audit.record(staffId, staffEmail, "TRAINING_REVISED", "training_programme", programmeId, revision.summary());
        em.refresh(programme);
        return programme;
    }

    /** Moves the sessions named in the revision; returns those whose time or place changed. */
    private List<TrainingSession> reschedule(long programmeId, List<ProgrammeDetails.Session> changes,
            ProgrammeRevision revision) {
        List<TrainingSession> moved = new ArrayList<>();
        for (ProgrammeDetails.Session change : changes) {
            TrainingSession session = em.find(TrainingSession.class, change.id());
            if (session == null || session.getProgrammeId() != programmeId) {
                throw new RuleViolation("sessions", "training.unknownSession");
            }
            String before = session.toString();
            if (session.reschedule(change.title(), change.startsAt(), change.endsAt(), change.venue(), change.onlineLink())) {
                moved.add(session);
            }
            revision.note("session " + session.getId(), before, session.toString());
        }
        return moved;
    }

    private void tellSeatHolders(Programme programme, String what, String place) {
        List<Long> holders = em.createQuery("SELECT e.accountId FROM Enrollment e WHERE e.programmeId = :p"
                        + " AND e.status IN :holding", Long.class)
                .setParameter("p", programme.getId())
                .setParameter("holding", List.of(EnrollmentStatus.CONFIRMED, EnrollmentStatus.OFFERED)).getResultList();
        for (long accountId : holders) {
            notifications.tell(new Notice(accountId, "training:" + programme.getId() + ":" + what,
                    "notice.training.placeChanged.title", "notice.training.placeChanged.body", "/seller/trainings.xhtml",
                    programme.getTitle(), place == null ? "" : place));
        }
    }
}
