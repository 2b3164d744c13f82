package id.umkm.portal.identity.application;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.domain.AccountRepository;
import id.umkm.portal.identity.domain.AccountStatus;
import id.umkm.portal.identity.domain.LoginOutcome;
import id.umkm.portal.identity.domain.LoginThrottle;
import id.umkm.portal.identity.domain.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Checks a person's email and password, with throttling, and records every attempt in the audit log. */
@ApplicationScoped
@Transactional
public class AuthenticationService {

    /** Verified against when the email is unknown, so a wrong email costs as long as a wrong password. */
    private static final String DECOY_HASH = new PasswordHasher().hash("decoy-password".toCharArray());

    @Inject
    private AccountRepository accounts;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    public LoginOutcome login(String email, String password) {
        Instant now = clock.instant();
        char[] secret = password == null ? new char[0] : password.toCharArray();
        Optional<Account> found = accounts.findByEmail(email);
        if (found.isEmpty()) {
            hasher.verify(secret, DECOY_HASH);
            audit.record(null, Account.normaliseEmail(email), "LOGIN_FAILED", "account", null, "unknown email");
            return LoginOutcome.badCredentials(LoginThrottle.MAX_FAILURES);
        }
        Account account = found.get();
        if (account.isLockedAt(now)) {
            audit.record(account.getId(), account.getEmail(), "LOGIN_FAILED", "account", account.getId(), "locked");
            return LoginOutcome.locked(account.getLockedUntil().orElseThrow());
        }
        if (!hasher.verify(secret, account.getPasswordHash())) {
            if (!accounts.recordFailedLogin(account, now)) {
                audit.record(account.getId(), account.getEmail(), "LOGIN_FAILED", "account", account.getId(), "locked");
                return LoginOutcome.locked(account.getLockedUntil().orElseThrow());
            }
            if (account.isLockedAt(now)) {
                audit.record(account.getId(), account.getEmail(), "ACCOUNT_LOCKED", "account", account.getId(),
                        LoginThrottle.MAX_FAILURES + " wrong passwords");
                return LoginOutcome.locked(account.getLockedUntil().orElseThrow());
            }
            audit.record(account.getId(), account.getEmail(), "LOGIN_FAILED", "account", account.getId(), "wrong password");
            return LoginOutcome.badCredentials(LoginThrottle.MAX_FAILURES - account.getFailedLogins());
        }
        if (account.getStatus() == AccountStatus.PENDING_VERIFICATION) {
            return LoginOutcome.of(LoginOutcome.Result.NOT_VERIFIED);
        }
        if (account.getStatus() == AccountStatus.DISABLED) {
            audit.record(account.getId(), account.getEmail(), "LOGIN_FAILED", "account", account.getId(), "disabled");
            return LoginOutcome.of(LoginOutcome.Result.DISABLED);
        }
        if (account.getFailedLogins() > 0 || account.getLockedUntil().isPresent()) {
            accounts.clearFailedLogins(account.getId());
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.changePassword(hasher.hash(secret));
        }
        audit.record(account.getId(), account.getEmail(), "LOGIN", "account", account.getId(), null);
        return LoginOutcome.success(account);
    }

    /** The account behind a session or token, if it may still act: active and not disabled since. */
    public Optional<Account> activeAccount(long accountId) {
        return accounts.findById(accountId).filter(a -> a.getStatus() == AccountStatus.ACTIVE);
    }

    public void recordLogout(Account account) {
        audit.record(account.getId(), account.getEmail(), "LOGOUT", "account", account.getId(), null);
    }
}
