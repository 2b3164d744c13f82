package id.umkm.portal.training.application;

import id.umkm.portal.catalog.application.ListedProducts;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.training.domain.Allocation;
import id.umkm.portal.training.domain.Applicant;
import id.umkm.portal.training.domain.Enrollment;
import id.umkm.portal.training.domain.EnrollmentStatus;
import id.umkm.portal.training.domain.PriorityCriterion;
import id.umkm.portal.training.domain.Programme;
import id.umkm.portal.training.domain.SeatAllocator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives the seats of a priority-scale programme once its window has closed: gathers each
 * applicant's facts, ranks them with the programme's published weights and records seats, ranks,
 * points and reasons. It runs once per programme, whichever instance or person starts it.
 */
@ApplicationScoped
@Transactional
public class PriorityAllocation {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private ListedProducts listings;

    @Inject
    private EnrollmentNotices notices;

    /** @return the allocations made, or an empty list when the programme was not due or already allocated */
    public List<Allocation> allocate(long programmeId, Instant now) {
        int claimed = em.createNativeQuery("UPDATE training_programme SET status = 'ALLOCATED', allocated_at = ?2,"
                        + " updated_at = ?2 WHERE id = ?1 AND status = 'OPEN' AND allocation_mode = 'PRIORITY'"
                        + " AND registration_closes_at <= ?2")
                .setParameter(1, programmeId).setParameter(2, now).executeUpdate();
        if (claimed == 0) {
            return List.of();
        }
        Programme programme = em.find(Programme.class, programmeId);
        em.refresh(programme);
        List<Enrollment> applied = em.createQuery("SELECT e FROM Enrollment e WHERE e.programmeId = :p AND e.status = :s",
                        Enrollment.class)
                .setParameter("p", programmeId).setParameter("s", EnrollmentStatus.APPLIED).getResultList();
        Set<Short> underserved = underservedKecamatan();
        Map<Long, Enrollment> byId = applied.stream().collect(Collectors.toMap(Enrollment::getId, Function.identity()));
        List<Applicant> applicants = applied.stream()
                .map(e -> new Applicant(e.getId(), e.getKecamatanId(), facts(e, underserved), e.getAppliedAt())).toList();

        List<Allocation> result = SeatAllocator.allocate(programme.getCapacity(), programme.getReservedSeats(),
                programme.weights(), applicants);
        int confirmed = 0;
        for (Allocation allocation : result) {
            Enrollment enrollment = byId.get(allocation.applicant().enrollmentId());
            enrollment.score(allocation.score(), allocation.rank());
            if (allocation.hasSeat()) {
                enrollment.confirm(allocation.outcome() == Allocation.Outcome.CONFIRMED_RESERVED, now);
                confirmed++;
            }
        }
        int waiting = 0;
        for (Allocation allocation : result) {
            Enrollment enrollment = byId.get(allocation.applicant().enrollmentId());
            if (!allocation.hasSeat()) {
                enrollment.waitlist(++waiting, now);
            }
            notices.allocated(enrollment, programme);
        }
        em.createNativeQuery("UPDATE training_programme SET seats_taken = ?2 WHERE id = ?1")
                .setParameter(1, programmeId).setParameter(2, confirmed).executeUpdate();
        // The quotas' counters follow the seats actually given from them.
        em.createNativeQuery("UPDATE training_quota q SET seats_taken = (SELECT COUNT(*) FROM training_enrollment e"
                        + " WHERE e.programme_id = q.programme_id AND e.kecamatan_id = q.kecamatan_id"
                        + " AND e.status = 'CONFIRMED' AND e.reserved_seat) WHERE q.programme_id = ?1")
                .setParameter(1, programmeId).executeUpdate();
        return result;
    }

    private Set<PriorityCriterion> facts(Enrollment e, Set<Short> underserved) {
        Set<PriorityCriterion> facts = EnumSet.noneOf(PriorityCriterion.class);
        SellerSummary seller = sellers.find(e.getSellerId()).orElseThrow();
        if (completedBefore(e.getSellerId()) == 0) {
            facts.add(PriorityCriterion.NEVER_TRAINED);
        }
        if ("MICRO".equals(seller.scale())) {
            facts.add(PriorityCriterion.MICRO_SCALE);
        }
        if (listings.visibleCount(e.getSellerId()) == 0) {
            facts.add(PriorityCriterion.NOT_SELLING_ONLINE);
        }
        if (seller.womenLed()) {
            facts.add(PriorityCriterion.WOMEN_LED);
        }
        if (underserved.contains(e.getKecamatanId())) {
            facts.add(PriorityCriterion.UNDERSERVED_KECAMATAN);
        }
        return facts;
    }

    private long completedBefore(long sellerId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM training_enrollment WHERE seller_id = ?1"
                + " AND status = 'COMPLETED'").setParameter(1, sellerId).getSingleResult()).longValue();
    }

    /**
     * Kecamatan whose share of all completed trainings is below their share of the city's registered
     * MSMEs. Before anyone has completed a training, no kecamatan is behind another.
     */
    @SuppressWarnings("unchecked")
    private Set<Short> underservedKecamatan() {
        List<Object[]> rows = em.createNativeQuery("SELECT k.id, k.msme_registered_2019_2022,"
                + " (SELECT COUNT(*) FROM training_enrollment e WHERE e.kecamatan_id = k.id AND e.status = 'COMPLETED')"
                + " FROM kecamatan k").getResultList();
        long registered = rows.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
        long completed = rows.stream().mapToLong(r -> ((Number) r[2]).longValue()).sum();
        Map<Short, Boolean> behind = new HashMap<>();
        for (Object[] r : rows) {
            // trained(k) / completed < registered(k) / registered, compared without division.
            boolean lags = completed > 0
                    && ((Number) r[2]).longValue() * registered < ((Number) r[1]).longValue() * completed;
            behind.put(((Number) r[0]).shortValue(), lags);
        }
        return behind.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
