package id.umkm.portal.training.application;

import id.umkm.portal.identity.application.AuthenticationService;
import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.infrastructure.RequestOrigin;
import id.umkm.portal.training.domain.Certificate;
import id.umkm.portal.training.domain.Enrollment;
import id.umkm.portal.training.domain.Programme;
import id.umkm.portal.training.domain.TrainingSession;
import id.umkm.portal.training.infrastructure.CertificatePdf;
import id.umkm.portal.identity.application.AuditLog;
import id.umkm.portal.notification.application.Notice;
import id.umkm.portal.notification.application.Notifications;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Certificates of completion: issued when a programme is finished, downloaded by their holder, verified by anyone. */
@ApplicationScoped
@Transactional
public class Certificates {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private AuthenticationService accounts;

    @Inject
    private SellerDirectory sellers;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Notifications notifications;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    void issue(Enrollment enrollment, Programme programme, List<TrainingSession> sessions, Instant now) {
        String participant = accounts.activeAccount(enrollment.getAccountId()).map(Account::getFullName).orElse("");
        String business = sellers.find(enrollment.getSellerId()).map(SellerSummary::businessName).orElse("");
        LocalDate first = day(sessions.get(0).getStartsAt());
        LocalDate last = day(sessions.get(sessions.size() - 1).getEndsAt());
        em.persist(Certificate.issue(enrollment.getId(), participant, business, programme.getTitle(), programme.getHours(),
                first, last, now));
    }

    /** The certificate of the seller behind this account for a programme, if they completed it. */
    public Optional<Certificate> mine(long accountId, long programmeId) {
        return sellers.forAccount(accountId).flatMap(seller -> em.createQuery("SELECT c FROM Certificate c, Enrollment e"
                        + " WHERE e.id = c.enrollmentId AND e.sellerId = :s AND e.programmeId = :p", Certificate.class)
                .setParameter("s", seller.id()).setParameter("p", programmeId).getResultStream().findFirst());
    }

    public Optional<Certificate> byCode(String typed) {
        return em.createQuery("SELECT c FROM Certificate c WHERE c.code = :code", Certificate.class)
                .setParameter("code", Certificate.normalise(typed)).getResultStream().findFirst();
    }

    /** The certificates issued for a programme, by enrollment, for the staff roster. */
    public Map<Long, Certificate> ofProgramme(long programmeId) {
        return em.createQuery("SELECT c FROM Certificate c, Enrollment e WHERE e.id = c.enrollmentId"
                        + " AND e.programmeId = :p", Certificate.class)
                .setParameter("p", programmeId).getResultStream()
                .collect(Collectors.toMap(Certificate::getEnrollmentId, c -> c));
    }

    /**
     * Withdraws a certificate issued in error (e.g. attendance ticked for the wrong person): the
     * public page then shows it as revoked, and its holder is told why.
     */
    public Certificate revoke(String code, String reason, long staffId, String staffEmail) {
        String why = ProgrammeCancellation.requireReason(reason);
        Certificate certificate = em.createQuery("SELECT c FROM Certificate c WHERE c.code = :code", Certificate.class)
                .setParameter("code", Certificate.normalise(code)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation(null, "training.certificate.unknown"));
        certificate.revoke(why, clock.instant());
        Enrollment enrollment = em.find(Enrollment.class, certificate.getEnrollmentId());
        notifications.tell(new Notice(enrollment.getAccountId(), "training:certificate:" + certificate.getId() + ":revoked",
                "notice.training.certificateRevoked.title", "notice.training.certificateRevoked.body",
                "/seller/trainings.xhtml", certificate.getProgrammeTitle(), why));
        audit.record(staffId, staffEmail, "CERTIFICATE_REVOKED", "training_certificate", certificate.getId(), why);
        return certificate;
    }

    /** Where the QR on a certificate leads. */
    public String verificationUrl(Certificate certificate) {
        return origin.baseUrl() + "/sertifikat.xhtml?code=" + certificate.getCode();
    }

    public byte[] pdf(Certificate certificate, Locale locale) {
        return CertificatePdf.render(certificate, verificationUrl(certificate), locale);
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(CityTime.ZONE).toLocalDate();
    }
}
