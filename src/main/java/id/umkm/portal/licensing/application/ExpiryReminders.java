package id.umkm.portal.licensing.application;

import id.umkm.portal.licensing.domain.ApplicationStatus;
import id.umkm.portal.licensing.domain.PermitApplication;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.infrastructure.MailMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Tells holders of renewable permits that theirs is about to expire, once per permit, when the
 * permit type's renewal window opens. Each reminder is claimed with a conditional update, so two
 * instances running the job never send it twice.
 */
@ApplicationScoped
@Transactional
public class ExpiryReminders {

    @Inject
    private ApplicationViews views;

    @Inject
    private Event<MailMessage> mail;

    @Inject
    private Clock clock;

    public List<Long> due() {
        LocalDate today = LocalDate.now(clock.withZone(CityTime.ZONE));
        return views.em().createQuery("SELECT a.id FROM PermitApplication a, PermitType t WHERE t.id = a.permitTypeId"
                        + " AND a.status = :issued AND t.renewable = TRUE AND a.expiryRemindedAt IS NULL"
                        + " AND a.validUntil IS NOT NULL AND a.validUntil >= :today", Long.class)
                .setParameter("issued", ApplicationStatus.ISSUED).setParameter("today", today).getResultList().stream()
                .filter(id -> {
                    PermitApplication a = views.em().find(PermitApplication.class, id);
                    int window = views.type(a.getPermitTypeId()).getRenewalWindowDays();
                    return !today.isBefore(a.getValidUntil().minusDays(window));
                }).toList();
    }

    /** @return whether this call sent the reminder (false when another instance did first) */
    public boolean remind(long applicationId) {
        Instant now = clock.instant();
        int claimed = views.em().createQuery("UPDATE PermitApplication a SET a.expiryRemindedAt = :now"
                        + " WHERE a.id = :id AND a.expiryRemindedAt IS NULL")
                .setParameter("now", now).setParameter("id", applicationId).executeUpdate();
        if (claimed != 1) {
            return false;
        }
        PermitApplication a = views.em().find(PermitApplication.class, applicationId);
        views.em().refresh(a);
        mail.fire(LicensingMails.about(a, "licensing.mail.expiry", views.type(a.getPermitTypeId())));
        return true;
    }
}
