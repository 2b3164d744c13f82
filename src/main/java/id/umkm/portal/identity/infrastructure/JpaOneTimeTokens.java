package id.umkm.portal.identity.infrastructure;

import id.umkm.portal.identity.domain.OneTimeTokens;
import id.umkm.portal.shared.infrastructure.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
public class JpaOneTimeTokens implements OneTimeTokens {

    private static final InstantConverter UTC = new InstantConverter();

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Override
    public void issue(long accountId, Purpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        em.createNativeQuery("""
                INSERT INTO one_time_token (account_id, purpose, token_hash, created_at, expires_at)
                VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, accountId)
                .setParameter(2, purpose.name())
                .setParameter(3, tokenHash)
                .setParameter(4, UTC.convertToDatabaseColumn(now))
                .setParameter(5, UTC.convertToDatabaseColumn(expiresAt))
                .executeUpdate();
    }

    @Override
    public Optional<Long> consume(String tokenHash, Purpose purpose, Instant now) {
        int used = em.createNativeQuery("""
                UPDATE one_time_token SET used_at = ?1
                 WHERE token_hash = ?2 AND purpose = ?3 AND used_at IS NULL AND expires_at > ?1""")
                .setParameter(1, UTC.convertToDatabaseColumn(now))
                .setParameter(2, tokenHash)
                .setParameter(3, purpose.name())
                .executeUpdate();
        if (used != 1) {
            return Optional.empty();
        }
        Number accountId = (Number) em.createNativeQuery("SELECT account_id FROM one_time_token WHERE token_hash = ?1")
                .setParameter(1, tokenHash)
                .getSingleResult();
        return Optional.of(accountId.longValue());
    }
}
