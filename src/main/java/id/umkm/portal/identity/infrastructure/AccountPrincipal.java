package id.umkm.portal.identity.infrastructure;

import id.umkm.portal.identity.domain.Account;
import jakarta.security.enterprise.CallerPrincipal;

/** The logged-in person, as the container knows them: their email as name, their account id for look-ups. */
public class AccountPrincipal extends CallerPrincipal {

    private final long accountId;

    public AccountPrincipal(Account account) {
        super(account.getEmail());
        this.accountId = account.getId();
    }

    public long accountId() {
        return accountId;
    }
}
