package id.umkm.portal.identity.domain;

import java.time.Instant;
import java.util.Optional;

/** Bearer tokens for machine clients of /api/v1. */
public interface ApiTokens {

    void issue(long accountId, String tokenHash, Instant now, Instant expiresAt);

    Optional<Long> activeAccountId(String tokenHash, Instant now);

    boolean revoke(String tokenHash, Instant now);

    void revokeAllOf(long accountId, Instant now);
}
