package id.umkm.portal.identity.infrastructure;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.domain.AccountRepository;
import id.umkm.portal.identity.domain.LoginThrottle;
import id.umkm.portal.identity.domain.Role;
import id.umkm.portal.shared.infrastructure.InstantConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

    private static final InstantConverter UTC = new InstantConverter();

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Override
    public Optional<Account> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id));
    }

    @Override
    public Optional<Account> findByEmail(String email) {
        return em.createQuery("SELECT a FROM Account a WHERE a.email = :email", Account.class)
                .setParameter("email", Account.normaliseEmail(email))
                .getResultStream().findFirst();
    }

    @Override
    public Account add(Account account) {
        em.persist(account);
        em.flush();
        return account;
    }

    @Override
    public boolean recordFailedLogin(Account account, Instant now) {
        // Both CASEs read the row's old failed_logins: MySQL and MariaDB evaluate SET left to right.
        // The WHERE skips an account a concurrent attempt has just locked, so only one attempt locks it.
        int counted = em.createNativeQuery("""
                UPDATE account
                   SET locked_until = CASE WHEN failed_logins + 1 >= ?1 THEN ?2 ELSE locked_until END,
                       failed_logins = CASE WHEN failed_logins + 1 >= ?1 THEN 0 ELSE failed_logins + 1 END
                 WHERE id = ?3 AND (locked_until IS NULL OR locked_until <= ?4)""")
                .setParameter(1, LoginThrottle.MAX_FAILURES)
                .setParameter(2, UTC.convertToDatabaseColumn(now.plus(LoginThrottle.LOCK)))
                .setParameter(3, account.getId())
                .setParameter(4, UTC.convertToDatabaseColumn(now))
                .executeUpdate();
        em.refresh(account);
        return counted == 1;
    }

    @Override
    public void clearFailedLogins(long accountId) {
        em.createNativeQuery("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE id = ?1")
                .setParameter(1, accountId)
                .executeUpdate();
    }

    @Override
    public List<Account> search(String text, Role role, int first, int max) {
        return filtered("SELECT a FROM Account a", text, role, " ORDER BY a.createdAt DESC", Account.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(String text, Role role) {
        return filtered("SELECT COUNT(a) FROM Account a", text, role, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String text, Role role, String order, Class<T> type) {
        boolean hasText = text != null && !text.isBlank();
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        if (hasText) {
            jpql.append(" AND (LOWER(a.email) LIKE :text OR LOWER(a.fullName) LIKE :text)");
        }
        if (role != null) {
            jpql.append(" AND :role MEMBER OF a.roles");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (hasText) {
            query.setParameter("text", "%" + text.strip().toLowerCase() + "%");
        }
        if (role != null) {
            query.setParameter("role", role);
        }
        return query;
    }
}
