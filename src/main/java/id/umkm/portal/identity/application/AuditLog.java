package id.umkm.portal.identity.application;

import id.umkm.portal.shared.infrastructure.InstantConverter;
import id.umkm.portal.shared.infrastructure.RequestOrigin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * The append-only record of who did what. Written in the caller's transaction, so an action that
 * rolls back leaves no entry claiming it happened.
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    private static final InstantConverter UTC = new InstantConverter();

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private RequestOrigin origin;

    /** An action by a person, or by the system when actorId is null. */
    public void record(Long actorId, String actor, String action, String targetType, Object targetId, String detail) {
        em.createNativeQuery("""
                INSERT INTO audit_log (occurred_at, actor_id, actor, action, target_type, target_id, detail, client_ip)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, UTC.convertToDatabaseColumn(clock.instant()))
                .setParameter(2, actorId)
                .setParameter(3, actor)
                .setParameter(4, action)
                .setParameter(5, targetType)
                .setParameter(6, targetId == null ? null : targetId.toString())
                .setParameter(7, detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000))
                .setParameter(8, origin.clientIp().orElse(null))
                .executeUpdate();
    }
}
