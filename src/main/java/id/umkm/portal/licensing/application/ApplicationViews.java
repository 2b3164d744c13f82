package id.umkm.portal.licensing.application;

import id.umkm.portal.licensing.domain.ApplicationDocument;
import id.umkm.portal.licensing.domain.ApplicationEvent;
import id.umkm.portal.licensing.domain.ApplicationStatus;
import id.umkm.portal.licensing.domain.DocumentRequirement;
import id.umkm.portal.licensing.domain.PermitApplication;
import id.umkm.portal.licensing.domain.PermitType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Loading applications and turning them into what pages and the API show; shared by both sides. */
@ApplicationScoped
@Transactional
public class ApplicationViews {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Clock clock;

    PermitApplication locked(long id) {
        return Optional.ofNullable(em.find(PermitApplication.class, id, LockModeType.PESSIMISTIC_WRITE))
                .orElseThrow(ApplicationNotFound::new);
    }

    PermitType type(long id) {
        return em.find(PermitType.class, id);
    }

    List<ApplicationDocument> documents(long applicationId) {
        return em.createQuery("SELECT d FROM ApplicationDocument d WHERE d.applicationId = :a", ApplicationDocument.class)
                .setParameter("a", applicationId).getResultList();
    }

    Optional<ApplicationDocument> document(long applicationId, long requirementId) {
        return em.createQuery("SELECT d FROM ApplicationDocument d WHERE d.applicationId = :a AND d.requirementId = :r",
                        ApplicationDocument.class)
                .setParameter("a", applicationId).setParameter("r", requirementId).getResultStream().findFirst();
    }

    List<ApplicationSummary> summaries(String where, Map<String, Object> params, String order) {
        var query = em.createQuery("SELECT a, t FROM PermitApplication a, PermitType t WHERE t.id = a.permitTypeId AND "
                + where + " ORDER BY " + order, Object[].class);
        params.forEach(query::setParameter);
        Instant now = clock.instant();
        return query.setMaxResults(500).getResultList().stream()
                .map(row -> summary((PermitApplication) row[0], (PermitType) row[1], now)).toList();
    }

    ApplicationDetail detail(PermitApplication a) {
        PermitType type = type(a.getPermitTypeId());
        Instant now = clock.instant();
        Map<Long, ApplicationDocument> files = documents(a.getId()).stream()
                .collect(Collectors.toMap(ApplicationDocument::getRequirementId, Function.identity()));
        List<DocumentLine> lines = new ArrayList<>();
        for (DocumentRequirement r : type.getDocuments()) {
            ApplicationDocument d = files.get(r.getId());
            lines.add(new DocumentLine(r.getCode(), r.getNameId(), r.getNameEn(), r.isMandatory(), r.getFormats(),
                    r.getMaxKb(), d == null ? null : d.getFileName(), d == null ? null : d.getSizeBytes(),
                    d == null ? null : d.getUploadedAt(), d == null ? null : d.getReview().name(),
                    d == null ? null : d.getRemark()));
        }
        List<TimelineLine> timeline = em.createQuery("SELECT e FROM ApplicationEvent e WHERE e.applicationId = :a"
                        + " ORDER BY e.at, e.id", ApplicationEvent.class).setParameter("a", a.getId()).getResultList()
                .stream().map(e -> new TimelineLine(e.getAt(), e.getActorName(),
                        e.getFromStatus() == null ? null : e.getFromStatus().name(), e.getToStatus().name(), e.getNote()))
                .toList();
        return new ApplicationDetail(summary(a, type, now), a.getNibCheck().name(), a.getBusinessAddress(), a.getKbli(),
                a.getRiskLevel(), type.getFeeRupiah(), type.getServiceDays(), a.slaUsed(now).toSeconds(),
                a.getDecisionReason(), a.getPermitNumber(), a.getVerificationCode(), a.getIssuedAt(), a.getValidUntil(),
                type.isRenewable(), a.getRenewalOfId(), lines, timeline);
    }

    static ApplicationSummary summary(PermitApplication a, PermitType t, Instant now) {
        return new ApplicationSummary(a.getId(), a.getTrackingNumber(), t.getCode(), t.getNameId(), t.getNameEn(),
                a.getBusinessName(), a.getNib(), a.getApplicantName(), a.getStatus().name(), a.getStatus().ossCode(),
                a.getCreatedAt(), a.getSubmittedAt(), a.getStatusChangedAt(), a.getSlaDeadlineAt(), a.isOverdue(now),
                a.isClockPaused(), a.getValidUntil());
    }

    void record(PermitApplication a, Long actorId, String actorName, ApplicationStatus from, String note) {
        em.persist(new ApplicationEvent(a.getId(), clock.instant(), actorId, actorName, from, a.getStatus(), note));
    }

    EntityManager em() {
        return em;
    }
}
