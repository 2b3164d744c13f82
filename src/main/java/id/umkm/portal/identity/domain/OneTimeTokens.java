package id.umkm.portal.identity.domain;

import java.time.Instant;
import java.util.Optional;

/** Single-use secrets mailed to a person: email verification and password reset links. */
public interface OneTimeTokens {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    void issue(long accountId, Purpose purpose, String tokenHash, Instant now, Instant expiresAt);

    /** Marks the token used and returns its account, at most once however many requests race for it. */
    Optional<Long> consume(String tokenHash, Purpose purpose, Instant now);
}
