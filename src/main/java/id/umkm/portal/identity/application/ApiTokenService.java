package id.umkm.portal.identity.application;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.domain.ApiTokens;
import id.umkm.portal.identity.domain.SecretToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Bearer tokens for the API: random, stored only as a hash, expiring, revocable. */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    public record IssuedToken(String token, Instant expiresAt) {
    }

    @Inject
    private ApiTokens tokens;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "umkm.api.token-lifetime", defaultValue = "PT12H")
    Duration lifetime;

    public IssuedToken issue(Account account) {
        Instant now = clock.instant();
        SecretToken token = SecretToken.generate();
        Instant expiresAt = now.plus(lifetime);
        tokens.issue(account.getId(), token.hash(), now, expiresAt);
        audit.record(account.getId(), account.getEmail(), "API_TOKEN_ISSUED", "account", account.getId(), null);
        return new IssuedToken(token.value(), expiresAt);
    }

    /** The active account a token speaks for, if the token is live and the account may still act. */
    public Optional<Account> accountFor(String token) {
        return tokens.activeAccountId(SecretToken.hashOf(token), clock.instant())
                .flatMap(authentication::activeAccount);
    }

    public boolean revoke(String token) {
        return tokens.revoke(SecretToken.hashOf(token), clock.instant());
    }
}
