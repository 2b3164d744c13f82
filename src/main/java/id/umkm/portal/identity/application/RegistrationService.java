package id.umkm.portal.identity.application;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.domain.AccountRepository;
import id.umkm.portal.identity.domain.AccountStatus;
import id.umkm.portal.identity.domain.OneTimeTokens;
import id.umkm.portal.identity.domain.OneTimeTokens.Purpose;
import id.umkm.portal.identity.domain.PasswordHasher;
import id.umkm.portal.identity.domain.PasswordPolicy;
import id.umkm.portal.identity.domain.Role;
import id.umkm.portal.identity.domain.SecretToken;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.infrastructure.MailMessage;
import id.umkm.portal.shared.infrastructure.RequestOrigin;
import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/** Opening an account: register, receive a link by mail, open it to activate the account. */
@ApplicationScoped
@Transactional
public class RegistrationService {

    static final Duration LINK_VALIDITY = Duration.ofHours(48);

    @Inject
    private AccountRepository accounts;

    @Inject
    private OneTimeTokens tokens;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<MailMessage> mail;

    @Inject
    private RequestOrigin origin;

    @Inject
    private Clock clock;

    private final PasswordHasher hasher = new PasswordHasher();

    public Account register(@NotNull @Valid Registration form, Locale locale) {
        if (!Role.SELF_REGISTERED.contains(form.role())) {
            throw new RuleViolation("role", "account.role.notSelfService");
        }
        PasswordPolicy.violation(form.password(), form.email()).ifPresent(key -> {
            throw new RuleViolation("password", key, PasswordPolicy.MIN_LENGTH);
        });
        if (accounts.findByEmail(form.email()).isPresent()) {
            throw RuleViolation.conflict("email", "account.email.taken");
        }
        Instant now = clock.instant();
        Account account;
        try {
            account = accounts.add(Account.register(form.email(), form.fullName(),
                    hasher.hash(form.password().toCharArray()), form.role(), Texts.supported(locale), now));
        } catch (PersistenceException e) {
            // Two registrations raced for the same address: the unique key let one through.
            throw RuleViolation.conflict("email", "account.email.taken");
        }
        sendVerificationLink(account, now);
        audit.record(account.getId(), account.getEmail(), "REGISTERED", "account", account.getId(), form.role().name());
        return account;
    }

    /** Activates the account behind a mailed link; false when the link is unknown, used or expired. */
    public boolean verifyEmail(String token) {
        Instant now = clock.instant();
        Optional<Account> account = tokens.consume(SecretToken.hashOf(token == null ? "" : token), Purpose.VERIFY_EMAIL, now)
                .flatMap(accounts::findById);
        account.ifPresent(a -> {
            a.verifyEmail(now);
            audit.record(a.getId(), a.getEmail(), "EMAIL_VERIFIED", "account", a.getId(), null);
        });
        return account.isPresent();
    }

    /** Sends a fresh link to an account still waiting for verification; silent otherwise, to reveal nothing. */
    public void resendVerification(String email) {
        accounts.findByEmail(email)
                .filter(a -> a.getStatus() == AccountStatus.PENDING_VERIFICATION)
                .ifPresent(a -> sendVerificationLink(a, clock.instant()));
    }

    private void sendVerificationLink(Account account, Instant now) {
        SecretToken token = SecretToken.generate();
        tokens.issue(account.getId(), Purpose.VERIFY_EMAIL, token.hash(), now, now.plus(LINK_VALIDITY));
        Locale locale = account.getPreferredLocale();
        String link = origin.baseUrl() + "/verify-email.xhtml?token=" + token.value();
        mail.fire(new MailMessage(account.getEmail(),
                Texts.get(locale, "mail.verify.subject"),
                Texts.get(locale, "mail.verify.body", account.getFullName(), link, LINK_VALIDITY.toHours())));
    }
}
