package id.umkm.portal.identity.infrastructure;

import id.umkm.portal.identity.domain.ApiTokens;
import id.umkm.portal.shared.infrastructure.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaApiTokens implements ApiTokens {

    private static final InstantConverter UTC = new InstantConverter();

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Override
    public void issue(long accountId, String tokenHash, Instant now, Instant expiresAt) {
        em.createNativeQuery("""
                INSERT INTO api_token (account_id, token_hash, created_at, expires_at) VALUES (?1, ?2, ?3, ?4)""")
                .setParameter(1, accountId)
                .setParameter(2, tokenHash)
                .setParameter(3, UTC.convertToDatabaseColumn(now))
                .setParameter(4, UTC.convertToDatabaseColumn(expiresAt))
                .executeUpdate();
    }

    @Override
    public Optional<Long> activeAccountId(String tokenHash, Instant now) {
        return em.createNativeQuery("""
                SELECT account_id FROM api_token
                 WHERE token_hash = ?1 AND revoked_at IS NULL AND expires_at > ?2""")
                .setParameter(1, tokenHash)
                .setParameter(2, UTC.convertToDatabaseColumn(now))
                .getResultStream().findFirst()
                .map(id -> ((Number) id).longValue());
    }

    @Override
    public boolean revoke(String tokenHash, Instant now) {
        return em.createNativeQuery("UPDATE api_token SET revoked_at = ?1 WHERE token_hash = ?2 AND revoked_at IS NULL")
                .setParameter(1, UTC.convertToDatabaseColumn(now))
                .setParameter(2, tokenHash)
                .executeUpdate() == 1;
    }

    @Override
    public void revokeAllOf(long accountId, Instant now) {
        em.createNativeQuery("UPDATE api_token SET revoked_at = ?1 WHERE account_id = ?2 AND revoked_at IS NULL")
                .setParameter(1, UTC.convertToDatabaseColumn(now))
                .setParameter(2, accountId)
                .executeUpdate();
    }
}
