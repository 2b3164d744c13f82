package id.umkm.portal.training.application;

import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.training.domain.AllocationMode;
import id.umkm.portal.training.domain.Enrollment;
import id.umkm.portal.training.domain.EnrollmentStatus;
import id.umkm.portal.training.domain.Programme;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Sellers apply for, cancel and accept seats. Seats are counted in the programme row itself with
 * conditional updates, so concurrent applications can never confirm more people than the capacity.
 * Whatever changes seats locks the programme row first: taken in that one order, locks cannot deadlock
 * (inserting an enrollment would otherwise share-lock the programme row through its foreign key).
 */
@ApplicationScoped
@Transactional
public class Enrollments {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private EnrollmentNotices notices;

    @Inject
    private Clock clock;

    public EnrollmentView apply(long accountId, long programmeId) {
        Instant now = clock.instant();
        SellerSummary seller = sellers.forAccount(accountId).filter(SellerSummary::isPublic)
                .orElseThrow(() -> new RuleViolation(null, "training.verifiedSellersOnly"));
        Programme programme = lockedProgramme(programmeId);
        if (!programme.acceptsApplicationsAt(now)) {
            throw RuleViolation.conflict(null, "training.registrationClosed");
        }
        programme.ineligibility(seller.scale(), seller.kecamatanId()).ifPresent(key -> {
            throw new RuleViolation(null, key);
        });
        if (own(seller.id(), programmeId).isPresent()) {
            throw RuleViolation.conflict(null, "training.alreadyApplied");
        }
        Enrollment enrollment = Enrollment.apply(programmeId, seller.id(), accountId, seller.kecamatanId(), now);
        try {
            em.persist(enrollment);
            em.flush();
        } catch (PersistenceException raced) {
            // The same seller applied at the same moment from elsewhere: the unique key decided.
            throw RuleViolation.conflict(null, "training.alreadyApplied");
        }
        if (programme.getMode() == AllocationMode.FIRST_COME) {
            if (takeSeat(programmeId)) {
                enrollment.confirm(false, now);
            } else {
                enrollment.waitlist(nextQueueRank(programmeId), now);
            }
        }
        return view(enrollment);
    }

    public Optional<EnrollmentView> find(long accountId, long programmeId) {
        return sellers.forAccount(accountId).flatMap(s -> own(s.id(), programmeId)).map(this::view);
    }

    /** The seller's enrollments, newest first; empty for an account without a seller profile. */
    public List<MyEnrollment> mine(long accountId) {
        return sellers.forAccount(accountId).map(seller -> em.createQuery("SELECT e, p FROM Enrollment e, Programme p"
                        + " WHERE p.id = e.programmeId AND e.sellerId = :s ORDER BY e.appliedAt DESC", Object[].class)
                .setParameter("s", seller.id()).getResultList().stream()
                .map(row -> {
                    Programme p = (Programme) row[1];
                    return new MyEnrollment(view((Enrollment) row[0]), p.getTitle(), p.getMode().name(), p.getClosesAt());
                }).toList()).orElse(List.of());
    }

    /** Gives up the enrollment; a seat it held goes to the next person waiting. */
    public void cancel(long accountId, long programmeId) {
        Instant now = clock.instant();
        lockedProgramme(programmeId);
        Enrollment enrollment = ownOrFail(accountId, programmeId);
        boolean heldSeat = enrollment.getStatus().holdsSeat();
        enrollment.cancel(now);
        if (heldSeat) {
            releaseSeat(programmeId);
            offerFreedSeats(programmeId, now);
        }
    }

    public EnrollmentView acceptOffer(long accountId, long programmeId) {
        Enrollment enrollment = ownOrFail(accountId, programmeId);
        enrollment.acceptOffer(clock.instant());
        return view(enrollment);
    }

    /** Passes an unanswered offer on to the next person; false when it was answered meanwhile. */
    public boolean lapseOffer(long enrollmentId, Instant now) {
        Enrollment enrollment = em.find(Enrollment.class, enrollmentId);
        if (enrollment == null) {
            return false;
        }
        lockedProgramme(enrollment.getProgrammeId());
        em.refresh(enrollment);
        if ( enrollment.getStatus() != EnrollmentStatus.OFFERED || enrollment.getOfferExpiresAt().isAfter(now)) {
            return false;
        }
        enrollment.lapse(now);
        releaseSeat(enrollment.getProgrammeId());
        offerFreedSeats(enrollment.getProgrammeId(), now);
        return true;
    }

    /** Offers every free seat to the waiting list, best-placed first. */
    void offerFreedSeats(long programmeId, Instant now) {
        Programme programme = programme(programmeId, LockModeType.NONE);
        while (takeSeat(programmeId)) {
            List<Enrollment> next = em.createQuery("SELECT e FROM Enrollment e WHERE e.programmeId = :p"
                            + " AND e.status = :waiting ORDER BY e.queueRank, e.id", Enrollment.class)
                    .setParameter("p", programmeId).setParameter("waiting", EnrollmentStatus.WAITLISTED)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).getResultList();
            if (next.isEmpty()) {
                releaseSeat(programmeId);
                return;
            }
            next.get(0).offer(now);
            notices.seatOffered(next.get(0), programme);
        }
    }

    private boolean takeSeat(long programmeId) {
        return em.createNativeQuery("UPDATE training_programme SET seats_taken = seats_taken + 1"
                        + " WHERE id = ?1 AND seats_taken < capacity AND status IN ('OPEN', 'ALLOCATED')")
                .setParameter(1, programmeId).executeUpdate() == 1;
    }

    private void releaseSeat(long programmeId) {
        em.createNativeQuery("UPDATE training_programme SET seats_taken = seats_taken - 1 WHERE id = ?1 AND seats_taken > 0")
                .setParameter(1, programmeId).executeUpdate();
    }

    private int nextQueueRank(long programmeId) {
        Number last = (Number) em.createNativeQuery("SELECT COALESCE(MAX(queue_rank), 0) FROM training_enrollment"
                + " WHERE programme_id = ?1").setParameter(1, programmeId).getSingleResult();
        return last.intValue() + 1;
    }

    private Programme lockedProgramme(long programmeId) {
        return programme(programmeId, LockModeType.PESSIMISTIC_WRITE);
    }

    private Programme programme(long programmeId, LockModeType lock) {
        Programme programme = em.find(Programme.class, programmeId, lock);
        if (programme == null) {
            throw new RuleViolation(null, "training.unknownProgramme");
        }
        return programme;
    }

    private Optional<Enrollment> own(long sellerId, long programmeId) {
        return em.createQuery("SELECT e FROM Enrollment e WHERE e.sellerId = :s AND e.programmeId = :p", Enrollment.class)
                .setParameter("s", sellerId).setParameter("p", programmeId).getResultStream().findFirst();
    }

    private Enrollment ownOrFail(long accountId, long programmeId) {
        return sellers.forAccount(accountId).flatMap(s -> own(s.id(), programmeId))
                .orElseThrow(() -> new RuleViolation(null, "training.noEnrollment"));
    }

    /** Place on the waiting list counted live, so cancellations ahead move people up. */
    private EnrollmentView view(Enrollment e) {
        Integer rank = e.getQueueRank();
        if (e.getStatus() == EnrollmentStatus.WAITLISTED) {
            Number ahead = (Number) em.createNativeQuery("SELECT COUNT(*) FROM training_enrollment WHERE programme_id = ?1"
                            + " AND status = 'WAITLISTED' AND (queue_rank < ?2 OR (queue_rank = ?2 AND id < ?3))")
                    .setParameter(1, e.getProgrammeId()).setParameter(2, e.getQueueRank()).setParameter(3, e.getId())
                    .getSingleResult();
            rank = ahead.intValue() + 1;
        }
        List<String> reasons = e.getScoreReasons() == null ? List.of() : Arrays.asList(e.getScoreReasons().split(","));
        return new EnrollmentView(e.getId(), e.getProgrammeId(), e.getStatus(), rank, e.getScore(), reasons,
                e.getOfferExpiresAt());
    }
}
