package id.umkm.portal.training.application;

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
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A programme's seats, counted in the database. The programme row holds the seats taken; a
 * kecamatan quota holds its own count. While a programme is OPEN, seats reserved for a kecamatan
 * and not yet taken are kept out of everyone else's reach. Once seats are allocated (priority mode)
 * or registration has closed (first come), a freed seat of a kecamatan's quota goes first to the
 * next person waiting from that kecamatan, and to the next in line when nobody from there waits.
 * Callers lock the programme row first, so seat changes of one programme happen one at a time.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Seats {

    /** Which kind of seat was taken. */
    public enum Seat { RESERVED, OPEN, NONE }

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private EnrollmentNotices notices;

    public Programme locked(long programmeId) {
        return programme(programmeId, LockModeType.PESSIMISTIC_WRITE);
    }

    Programme programme(long programmeId, LockModeType lock) {
        Programme programme = em.find(Programme.class, programmeId, lock);
        if (programme == null) {
            throw new RuleViolation(null, "training.unknownProgramme");
        }
        return programme;
    }

    /** A seat for an applicant of this kecamatan: one of its quota first, else an unreserved one. */
    public Seat take(long programmeId, short kecamatanId) {
        int fromQuota = em.createNativeQuery("UPDATE training_quota q JOIN training_programme p ON p.id = q.programme_id"
                        + " SET q.seats_taken = q.seats_taken + 1 WHERE q.programme_id = ?1 AND q.kecamatan_id = ?2"
                        + " AND q.seats_taken < q.seats AND p.status IN ('OPEN', 'ALLOCATED')")
                .setParameter(1, programmeId).setParameter(2, kecamatanId).executeUpdate();
        if (fromQuota == 1) {
            if (takeProgrammeSeat(programmeId, false)) {
                return Seat.RESERVED;
            }
            releaseQuota(programmeId, kecamatanId);
        }
        return takeProgrammeSeat(programmeId, true) ? Seat.OPEN : Seat.NONE;
    }

    private boolean takeProgrammeSeat(long programmeId, boolean sparingReserved) {
        String sparing = sparingReserved
                ? " AND seats_taken + CASE WHEN status = 'OPEN' THEN (SELECT COALESCE(SUM(q.seats - q.seats_taken), 0)"
                  + " FROM training_quota q WHERE q.programme_id = ?1) ELSE 0 END < capacity"
                : "";
        return em.createNativeQuery("UPDATE training_programme SET seats_taken = seats_taken + 1"
                        + " WHERE id = ?1 AND seats_taken < capacity AND status IN ('OPEN', 'ALLOCATED')" + sparing)
                .setParameter(1, programmeId).executeUpdate() == 1;
    }

    /** Gives back the seat an enrollment held (and its quota seat, if it was one). */
    public void release(Enrollment enrollment) {
        em.createNativeQuery("UPDATE training_programme SET seats_taken = seats_taken - 1 WHERE id = ?1 AND seats_taken > 0")
                .setParameter(1, enrollment.getProgrammeId()).executeUpdate();
        if (enrollment.isReservedSeat()) {
            releaseQuota(enrollment.getProgrammeId(), enrollment.getKecamatanId());
        }
    }

    private void releaseQuota(long programmeId, short kecamatanId) {
        em.createNativeQuery("UPDATE training_quota SET seats_taken = seats_taken - 1"
                        + " WHERE programme_id = ?1 AND kecamatan_id = ?2 AND seats_taken > 0")
                .setParameter(1, programmeId).setParameter(2, kecamatanId).executeUpdate();
    }

    /** Offers every free seat to the waiting list in order, a kecamatan's held seats to those waiting from there first. */
    public void offerFreed(long programmeId, Instant now) {
        Programme programme = programme(programmeId, LockModeType.NONE);
        List<Enrollment> waiting = em.createQuery("SELECT e FROM Enrollment e WHERE e.programmeId = :p"
                        + " AND e.status = :waiting ORDER BY e.queueRank, e.id", Enrollment.class)
                .setParameter("p", programmeId).setParameter("waiting", EnrollmentStatus.WAITLISTED)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Enrollment next : waiting) {
            if (heldSeatsFree(programmeId, next.getKecamatanId())) {
                offer(programme, next, now);
            }
        }
        for (Enrollment next : waiting) {
            if (freeSeats(programmeId) == 0) {
                return;
            }
            if (next.getStatus() == EnrollmentStatus.WAITLISTED) {
                offer(programme, next, now);
            }
        }
    }

    private void offer(Programme programme, Enrollment next, Instant now) {
        Seat seat = take(programme.getId(), next.getKecamatanId());
        if (seat != Seat.NONE) {
            next.offer(seat == Seat.RESERVED, now);
            notices.seatOffered(next, programme);
        }
    }

    private boolean heldSeatsFree(long programmeId, short kecamatanId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM training_quota WHERE programme_id = ?1"
                        + " AND kecamatan_id = ?2 AND seats_taken < seats")
                .setParameter(1, programmeId).setParameter(2, kecamatanId).getSingleResult()).intValue() > 0;
    }

    private int freeSeats(long programmeId) {
        return ((Number) em.createNativeQuery("SELECT capacity - seats_taken FROM training_programme WHERE id = ?1")
                .setParameter(1, programmeId).getSingleResult()).intValue();
    }

    /** Seats already taken from each kecamatan's quota. */
    @SuppressWarnings("unchecked")
    public Map<Short, Integer> quotaSeatsTaken(long programmeId) {
        Map<Short, Integer> taken = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT kecamatan_id, seats_taken FROM training_quota WHERE programme_id = ?1")
                .setParameter(1, programmeId).getResultList();
        rows.forEach(r -> taken.put(((Number) r[0]).shortValue(), ((Number) r[1]).intValue()));
        return taken;
    }

    /**
     * Sets the seats held per kecamatan, keeping each quota's count of seats taken (the programme
     * checked that no quota shrinks below it, so a dropped quota has none taken).
     */
    public void requota(long programmeId, Map<Short, Integer> reservedSeats) {
        em.createNativeQuery("DELETE FROM training_quota WHERE programme_id = ?1 AND seats_taken = 0")
                .setParameter(1, programmeId).executeUpdate();
        reservedSeats.forEach((kecamatan, held) -> em.createNativeQuery("INSERT INTO training_quota (programme_id,"
                        + " kecamatan_id, seats, seats_taken) VALUES (?1, ?2, ?3, 0) ON DUPLICATE KEY UPDATE seats = ?3")
                .setParameter(1, programmeId).setParameter(2, kecamatan).setParameter(3, held).executeUpdate());
    }

    public int nextQueueRank(long programmeId) {
        Number last = (Number) em.createNativeQuery("SELECT COALESCE(MAX(queue_rank), 0) FROM training_enrollment"
                + " WHERE programme_id = ?1").setParameter(1, programmeId).getSingleResult();
        return last.intValue() + 1;
    }
}
