package id.umkm.portal.training.application;

import id.umkm.portal.identity.application.AuditLog;
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
import java.time.Instant;
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

    public List<Long> lapsedOffers(Instant now) {
        return em.createQuery("SELECT e.id FROM Enrollment e WHERE e.status = id.umkm.portal.training.domain.EnrollmentStatus.OFFERED"
                + " AND e.offerExpiresAt <= :now", Long.class).setParameter("now", now).getResultList();
    }
}
