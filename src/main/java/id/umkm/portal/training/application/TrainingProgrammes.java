package id.umkm.portal.training.application;

import id.umkm.portal.identity.application.AuditLog;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.training.domain.Programme;
import id.umkm.portal.training.domain.ProgrammeStatus;
import id.umkm.portal.training.domain.ProgrammeTerms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import id.umkm.portal.training.domain.EnrollmentStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/** Programmes as staff define and open them, and as sellers browse them. */
@ApplicationScoped
@Transactional
public class TrainingProgrammes {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private SellerDirectory sellers;


    public Programme define(ProgrammeTerms terms, long staffAccountId, String staffEmail) {
        Programme programme = Programme.define(terms, staffAccountId, clock.instant());
        em.persist(programme);
        em.flush();
        audit.record(staffAccountId, staffEmail, "TRAINING_DEFINED", "training_programme", programme.getId(), programme.getTitle());
        return programme;
    }

    public Programme open(long programmeId, long staffAccountId, String staffEmail) {
        Programme programme = find(programmeId).orElseThrow(() ->
                new RuleViolation(null, "training.unknownProgramme"));
        programme.open(clock.instant());
        audit.record(staffAccountId, staffEmail, "TRAINING_OPENED", "training_programme", programmeId, null);
        return programme;
    }

    public Optional<Programme> find(long programmeId) {
        return Optional.ofNullable(em.find(Programme.class, programmeId));
    }

    /** Every programme, newest first, for staff. */
    public List<Programme> all() {
        return em.createQuery("SELECT p FROM Programme p ORDER BY p.createdAt DESC, p.id DESC", Programme.class)
                .setMaxResults(200).getResultList();
    }

    /** The applicants of a programme: seat holders first, then the waiting list in order, then the rest. */
    @SuppressWarnings("unchecked")
    public List<RosterLine> roster(long programmeId) {
        List<Object[]> rows = em.createNativeQuery("SELECT e.id, e.seller_id, k.name, e.status, e.queue_rank, e.score,"
                        + " e.score_reasons, e.reserved_seat, e.applied_at, e.account_id FROM training_enrollment e"
                        + " JOIN kecamatan k ON k.id = e.kecamatan_id WHERE e.programme_id = ?1"
                        + " ORDER BY CASE e.status WHEN 'CONFIRMED' THEN 0 WHEN 'OFFERED' THEN 1 WHEN 'APPLIED' THEN 2"
                        + " WHEN 'WAITLISTED' THEN 3 ELSE 4 END, e.queue_rank, e.applied_at, e.id")
                .setParameter(1, programmeId).getResultList();
        Map<Long, String> names = new HashMap<>();
        return rows.stream().map(r -> {
            long sellerId = ((Number) r[1]).longValue();
            String business = names.computeIfAbsent(sellerId,
                    id -> sellers.find(id).map(SellerSummary::businessName).orElse("#" + id));
            return new RosterLine(SqlValues.number(r[0]), SqlValues.number(r[9]), business, (String) r[2],
                    EnrollmentStatus.valueOf((String) r[3]), SqlValues.integer(r[4]), SqlValues.integer(r[5]),
                    (String) r[6], SqlValues.truthy(r[7]), SqlValues.instant(r[8]));
        }).toList();
    }

    /** Programmes a seller can still apply for, closing soonest first. */
    public List<Programme> openNow() {
        Instant now = clock.instant();
        return em.createQuery("SELECT p FROM Programme p WHERE p.status = :open AND p.opensAt <= :now"
                        + " AND p.closesAt > :now ORDER BY p.closesAt, p.id", Programme.class)
                .setParameter("open", ProgrammeStatus.OPEN).setParameter("now", now).getResultList();
    }

    /** Priority programmes whose window has closed but whose seats are not given yet. */
    public List<Long> dueForAllocation(Instant now) {
        return em.createQuery("SELECT p.id FROM Programme p WHERE p.status = :open"
                        + " AND p.mode = id.umkm.portal.training.domain.AllocationMode.PRIORITY AND p.closesAt <= :now",
                        Long.class)
                .setParameter("open", ProgrammeStatus.OPEN).setParameter("now", now).getResultList();
    }

    /** First-come programmes whose window has closed while seats may still be held for a kecamatan. */
    public List<Long> dueForClosing(Instant now) {
        return em.createQuery("SELECT p.id FROM Programme p WHERE p.status = :open"
                        + " AND p.mode = id.umkm.portal.training.domain.AllocationMode.FIRST_COME AND p.closesAt <= :now",
                        Long.class)
                .setParameter("open", ProgrammeStatus.OPEN).setParameter("now", now).getResultList();
    }

    public List<Long> lapsedOffers(Instant now) {
        return em.createQuery("SELECT e.id FROM Enrollment e WHERE e.status = id.umkm.portal.training.domain.EnrollmentStatus.OFFERED"
                + " AND e.offerExpiresAt <= :now", Long.class).setParameter("now", now).getResultList();
    }
}
