package id.umkm.portal.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface AccountRepository {

    Optional<Account> findById(long id);

    Optional<Account> findByEmail(String email);

    Account add(Account account);

    /**
     * Counts a wrong password in the database itself, so concurrent attempts cannot slip past the
     * limit; the failure that reaches the limit locks the account and starts a fresh count. The
     * account is refreshed to show the result. Returns false, counting nothing, when the account
     * is already locked (a concurrent attempt locked it first).
     */
    boolean recordFailedLogin(Account account, Instant now);

    void clearFailedLogins(long accountId);

    List<Account> search(String text, Role role, int first, int max);

    long count(String text, Role role);
}
