package id.umkm.portal.identity.application;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.domain.AccountRepository;
import id.umkm.portal.identity.domain.ApiTokens;
import id.umkm.portal.identity.domain.Role;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** What an admin does to accounts: find them, grant and revoke roles, disable and enable. Every change is audited. */
@ApplicationScoped
@Transactional
public class AccountAdministration {

    @Inject
    private AccountRepository accounts;

    @Inject
    private ApiTokens apiTokens;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public List<Account> search(String text, Role role, int first, int max) {
        return accounts.search(text, role, first, max);
    }

    public long count(String text, Role role) {
        return accounts.count(text, role);
    }

    /** Gives the account exactly the wanted roles, all or nothing, auditing each grant and revocation. */
    public void changeRoles(Account admin, long accountId, Set<Role> wanted) {
        if (admin.getId().equals(accountId) && !wanted.contains(Role.ADMIN)) {
            // An admin who locks themselves out may leave nobody able to manage accounts.
            throw new RuleViolation("roles", "admin.revokeOwnAdmin");
        }
        Account account = load(accountId);
        for (Role role : Role.values()) {
            if (wanted.contains(role) && account.grant(role)) {
                audit.record(admin.getId(), admin.getEmail(), "ROLE_GRANTED", "account", accountId, role.name());
            } else if (!wanted.contains(role) && account.revoke(role)) {
                audit.record(admin.getId(), admin.getEmail(), "ROLE_REVOKED", "account", accountId, role.name());
            }
        }
    }

    public void disable(Account admin, long accountId) {
        if (admin.getId().equals(accountId)) {
            throw new RuleViolation(null, "admin.disableSelf");
        }
        Account account = load(accountId);
        account.disable();
        apiTokens.revokeAllOf(accountId, clock.instant());
        audit.record(admin.getId(), admin.getEmail(), "ACCOUNT_DISABLED", "account", accountId, null);
    }

    public void enable(Account admin, long accountId) {
        load(accountId).enable();
        audit.record(admin.getId(), admin.getEmail(), "ACCOUNT_ENABLED", "account", accountId, null);
    }

    private Account load(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new RuleViolation(null, "admin.accountNotFound"));
    }
}
