package id.umkm.portal.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "email", nullable = false)
    private String email;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AccountStatus status;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "preferred_locale", nullable = false)
    private String preferredLocale;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    @Column(name = "version")
    private int version;

    protected Account() {
    }

    /** A self-registered account: it cannot log in until its email address is verified. */
    public static Account register(String email, String fullName, String passwordHash, Role role,
            Locale locale, Instant now) {
        if (!Role.SELF_REGISTERED.contains(role)) {
            throw new IllegalArgumentException("Role " + role + " is granted by an admin, not chosen at registration");
        }
        Account account = new Account();
        account.email = normaliseEmail(email);
        account.fullName = fullName.strip();
        account.passwordHash = passwordHash;
        account.status = AccountStatus.PENDING_VERIFICATION;
        account.preferredLocale = locale.getLanguage();
        account.createdAt = now;
        account.roles.add(role);
        // A seller buys too: other sellers' goods, training seats, permits.
        account.roles.add(Role.BUYER);
        return account;
    }

    public static String normaliseEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    public void verifyEmail(Instant now) {
        if (status == AccountStatus.PENDING_VERIFICATION) {
            status = AccountStatus.ACTIVE;
            emailVerifiedAt = now;
        }
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean grant(Role role) {
        return roles.add(role);
    }

    public boolean revoke(Role role) {
        return roles.remove(role);
    }

    public void disable() {
        status = AccountStatus.DISABLED;
    }

    public void enable() {
        status = emailVerifiedAt == null ? AccountStatus.PENDING_VERIFICATION : AccountStatus.ACTIVE;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Where this person lands after login: the page of their most specific role. */
    public String landingPath() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.of(Role.BUYER) : roles).iterator().next().landingPath();
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Optional<Instant> getLockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Locale getPreferredLocale() {
        return Locale.forLanguageTag(preferredLocale);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }
}
