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
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Sellers apply for, cancel and accept seats. Seats are counted in the programme row (and in the
 * kecamatan quotas) with conditional updates, so concurrent applications can never confirm more
 * people than the capacity or a quota holds.
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
    private Seats seats;

    @Inject
    private Clock clock;

    public EnrollmentView apply(long accountId, long programmeId) {
        Instant now = clock.instant();
        SellerSummary seller = sellers.forAccount(accountId).filter(SellerSummary::isPublic)
                .orElseThrow(() -> new RuleViolation(null, "training.verifiedSellersOnly"));
        Programme programme = seats.locked(programmeId);
        if (!programme.acceptsApplicationsAt(now)) {
            throw RuleViolation.conflict(null, "training.registrationClosed");
        }
        programme.ineligibility(seller.scale(), seller.kecamatanId(), seller.categoryId()).ifPresent(key -> {
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
            Seats.Seat seat = seats.take(programmeId, seller.kecamatanId());
            if (seat != Seats.Seat.NONE) {
                enrollment.confirm(seat == Seats.Seat.RESERVED, now);
            } else {
                enrollment.waitlist(seats.nextQueueRank(programmeId), now);
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
        seats.locked(programmeId);
        Enrollment enrollment = ownOrFail(accountId, programmeId);
        boolean heldSeat = enrollment.getStatus().holdsSeat();
        enrollment.cancel(now);
        if (heldSeat) {
            seats.release(enrollment);
            seats.offerFreed(programmeId, now);
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
        seats.locked(enrollment.getProgrammeId());
        em.refresh(enrollment);
        if (enrollment.getStatus() != EnrollmentStatus.OFFERED || enrollment.getOfferExpiresAt().isAfter(now)) {
            return false;
        }
        enrollment.lapse(now);
        seats.release(enrollment);
        seats.offerFreed(enrollment.getProgrammeId(), now);
        return true;
    }

    /**
     * Closes registration of a first-come programme whose window has ended: seats still held for a
     * kecamatan nobody from there claimed go to the waiting list. Once per programme.
     */
    public boolean closeFirstCome(long programmeId, Instant now) {
        seats.locked(programmeId);
        int claimed = em.createNativeQuery("UPDATE training_programme SET status = 'ALLOCATED', allocated_at = ?2,"
                        + " updated_at = ?2 WHERE id = ?1 AND status = 'OPEN' AND allocation_mode = 'FIRST_COME'"
                        + " AND registration_closes_at <= ?2")
                .setParameter(1, programmeId).setParameter(2, now).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        seats.offerFreed(programmeId, now);
        return true;
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
        return new EnrollmentView(e.getId(), e.getProgrammeId(), e.getStatus(), rank, e.getPriorityRank(), e.getScore(),
                reasons, e.getOfferExpiresAt());
    }
}
