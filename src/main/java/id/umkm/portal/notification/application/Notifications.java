package id.umkm.portal.notification.application;

import id.umkm.portal.identity.application.AuthenticationService;
import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.notification.domain.Notification;
import id.umkm.portal.shared.infrastructure.MailMessage;
import id.umkm.portal.shared.infrastructure.RequestOrigin;
import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells people what happened, in the app (the bell) and by mail, in their own language. Each notice
 * is written in the caller's transaction and mailed only after it commits; the database's unique key
 * on (person, occasion) makes a repeated occasion tell nobody twice.
 */
@ApplicationScoped
@Transactional
public class Notifications {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private AuthenticationService accounts;

    @Inject
    private Event<MailMessage> mail;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    /** True when the notice is new; false (nothing written, nothing mailed) when it was told before. */
    public boolean tell(Notice notice) {
        Optional<Account> account = accounts.activeAccount(notice.accountId());
        if (account.isEmpty()) {
            return false;
        }
        Locale locale = account.get().getPreferredLocale();
        String title = clip(Texts.get(locale, notice.titleKey(), notice.args()), 200);
        String body = clip(Texts.get(locale, notice.bodyKey(), notice.args()), 1000);
        // ON DUPLICATE KEY ... id = id changes no row, so a repeated occasion counts 0 rows on MySQL and MariaDB.
        int inserted = em.createNativeQuery("INSERT INTO notification (account_id, dedup_key, title, body, link, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON DUPLICATE KEY UPDATE id = id")
                .setParameter(1, notice.accountId()).setParameter(2, clip(notice.occasion(), 120))
                .setParameter(3, title).setParameter(4, body).setParameter(5, notice.link())
                .setParameter(6, clock.instant()).executeUpdate();
        if (inserted != 1) {
            return false;
        }
        // Outside a request (a scheduled job) the address is known only if configured; a bare path would not help.
        String base = origin.baseUrl();
        String link = notice.link() == null || base.isEmpty() ? "" : "\n\n" + base + notice.link();
        mail.fire(new MailMessage(account.get().getEmail(), title, body + link));
        return true;
    }

    public long unreadCount(long accountId) {
        return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :a AND n.readAt IS NULL", Long.class)
                .setParameter("a", accountId).getSingleResult();
    }

    /** The person's newest notifications first. */
    public List<Notification> recent(long accountId, int limit) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.accountId = :a ORDER BY n.createdAt DESC, n.id DESC",
                Notification.class).setParameter("a", accountId).setMaxResults(limit).getResultList();
    }

    /** Marks one of the person's own notifications read (another person's id changes nothing). */
    public void markRead(long accountId, long notificationId) {
        em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.id = :id AND n.accountId = :a AND n.readAt IS NULL")
                .setParameter("now", clock.instant()).setParameter("id", notificationId).setParameter("a", accountId)
                .executeUpdate();
    }

    public void markAllRead(long accountId) {
        Instant now = clock.instant();
        em.createQuery("UPDATE Notification n SET n.readAt = :now WHERE n.accountId = :a AND n.readAt IS NULL")
                .setParameter("now", now).setParameter("a", accountId).executeUpdate();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
