package id.umkm.portal.oss.application;

import id.umkm.portal.oss.domain.NibLookup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database side of look-ups: the cache of OSS answers and the list of look-ups still waiting
 * for OSS. Each write is its own transaction, so a caller's rollback never loses what OSS said and
 * the HTTP call never holds a database transaction open.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class NibLookups {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Inject
    private Event<NibAnswered> answered;

    @Inject
    @ConfigProperty(name = "umkm.oss.cache-ttl", defaultValue = "PT6H")
    private Duration cacheTtl;

    @Inject
    @ConfigProperty(name = "umkm.oss.retry-delay", defaultValue = "PT5M")
    private Duration retryDelay;

    public Optional<NibCheck> fresh(String nib, Instant now) {
        return Optional.ofNullable(em.find(NibLookup.class, nib)).filter(l -> l.isFreshAt(now)).map(NibLookups::check);
    }

    /** Keeps OSS's answer; announce tells the other contexts (a retried or pushed answer they missed). */
    public void answer(String nib, NibCheck check, Instant now, boolean announce) {
        lockedOrNew(nib).answered(check.outcome(), check.message(),
                check.found().map(NibRecordJson::write).orElse(null), now, cacheTtl);
        if (announce) {
            answered.fire(new NibAnswered(check, nib));
        }
    }

    public void unreachable(String nib, String message, Instant now) {
        lockedOrNew(nib).unreachable(message, now, retryDelay);
    }

    /** Pending look-ups due now, oldest first. In a transaction: the retry job's thread has no other. */
    public List<String> due(Instant now, int max) {
        return em.createQuery("SELECT l.nib FROM NibLookup l WHERE l.pending = TRUE AND l.nextAttemptAt <= :now"
                + " ORDER BY l.nextAttemptAt", String.class).setParameter("now", now).setMaxResults(max).getResultList();
    }

    /**
     * Takes a due look-up for this instance for a while (lease), with a conditional update, so two
     * instances running the retry job never ask OSS about the same NIB at once.
     */
    public boolean claim(String nib, Instant now, Duration lease) {
        return em.createQuery("UPDATE NibLookup l SET l.nextAttemptAt = :until WHERE l.nib = :nib"
                        + " AND l.pending = TRUE AND l.nextAttemptAt <= :now")
                .setParameter("until", now.plus(lease)).setParameter("nib", nib).setParameter("now", now)
                .executeUpdate() == 1;
    }

    private NibLookup lockedOrNew(String nib) {
        NibLookup lookup = em.find(NibLookup.class, nib, LockModeType.PESSIMISTIC_WRITE);
        if (lookup == null) {
            lookup = new NibLookup(nib);
            em.persist(lookup);
        }
        return lookup;
    }

    static NibCheck check(NibLookup l) {
        return switch (l.getOutcome()) {
            case FOUND -> NibCheck.found(NibRecordJson.read(l.getRecordJson()));
            case NOT_FOUND -> NibCheck.notFound(l.getMessage());
            case UNAVAILABLE -> NibCheck.unavailable(l.getMessage());
        };
    }
}
