package id.umkm.portal.identity.application;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.domain.AccountRepository;
import id.umkm.portal.identity.domain.ApiTokens;
import id.umkm.portal.identity.domain.OneTimeTokens;
import id.umkm.portal.identity.domain.OneTimeTokens.Purpose;
import id.umkm.portal.identity.domain.PasswordHasher;
import id.umkm.portal.identity.domain.PasswordPolicy;
import id.umkm.portal.identity.domain.SecretToken;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.infrastructure.MailMessage;
import id.umkm.portal.shared.infrastructure.RequestOrigin;
import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** "Forgot password": a one-hour link by mail, then a new password that also ends every API token. */
@ApplicationScoped
@Transactional
public class PasswordResetService {

    static final Duration LINK_VALIDITY = Duration.ofHours(1);

    @Inject
    private AccountRepository accounts;

    @Inject
    private OneTimeTokens tokens;

    @Inject
    private ApiTokens apiTokens;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<MailMessage> mail;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    /** Mails a link when the address belongs to an account; says nothing either way, to reveal nothing. */
    public void requestReset(String email) {
        accounts.findByEmail(email).ifPresent(account -> {
            Instant now = clock.instant();
            SecretToken token = SecretToken.generate();
            tokens.issue(account.getId(), Purpose.RESET_PASSWORD, token.hash(), now, now.plus(LINK_VALIDITY));
            Locale locale = account.getPreferredLocale();
            String link = origin.baseUrl() + "/reset-password.xhtml?token=" + token.value();
            mail.fire(new MailMessage(account.getEmail(), Texts.get(locale, "mail.reset.subject"),
                    Texts.get(locale, "mail.reset.body", account.getFullName(), link, LINK_VALIDITY.toMinutes())));
            audit.record(account.getId(), account.getEmail(), "PASSWORD_RESET_REQUESTED", "account", account.getId(), null);
        });
    }

    public void reset(String token, String newPassword) {
        PasswordPolicy.violation(newPassword, null).ifPresent(key -> {
            throw new RuleViolation("password", key, PasswordPolicy.MIN_LENGTH);
        });
        Instant now = clock.instant();
        Account account = tokens.consume(SecretToken.hashOf(token == null ? "" : token), Purpose.RESET_PASSWORD, now)
                .flatMap(accounts::findById)
                .orElseThrow(() -> new RuleViolation(null, "password.reset.linkInvalid"));
        if (PasswordPolicy.violation(newPassword, account.getEmail()).isPresent()) {
            throw new RuleViolation("password", "password.sameAsEmail");
        }
        account.changePassword(hasher.hash(newPassword.toCharArray()));
        // Whoever knew the old password may hold tokens made with it.
        apiTokens.revokeAllOf(account.getId(), now);
        audit.record(account.getId(), account.getEmail(), "PASSWORD_RESET", "account", account.getId(), null);
    }
}
