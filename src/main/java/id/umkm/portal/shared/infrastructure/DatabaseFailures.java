package id.umkm.portal.shared.infrastructure;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a passing database failure from a lasting one. Passing: the database cannot be reached, the
 * connection pool had no free connection within its wait, or the database refused for a reason that
 * goes away (storage full, deadlock, lock wait). The transaction rolled back, so nothing was stored
 * half-way and the visitor can simply try again in a moment; pages and the API answer 503 for these.
 * Anything else (a broken rule, a bug) is not passing.
 */
public final class DatabaseFailures {

    /** Seconds a client is asked to wait before trying again (the Retry-After header). */
    public static final int RETRY_AFTER_SECONDS = 30;

    /** MySQL/MariaDB error codes: table full, disk full, lock wait timeout, deadlock, server gone, connection lost. */
    private static final Set<Integer> PASSING_CODES = Set.of(1114, 1021, 1205, 1213, 2006, 2013);

    /**
     * Payara's pool gives these when it has no connection to hand out: the wait for a free one ran out
     * (max-wait-time-in-millis), or a new one could not be opened. They are not SQLExceptions and their
     * classes are the server's, so they are known by name.
     */
    private static final Set<String> POOL_FAILURES = Set.of("PoolingException", "ResourceAllocationException");

    private DatabaseFailures() {
    }

    /** Whether anywhere in the causes (and SQL exception chains) of failure the database is away, full or busy. */
    public static boolean isPassing(Throwable failure) {
        return isPassing(failure, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    private static boolean isPassing(Throwable failure, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return false;
        }
        if (failure instanceof SQLTransientException || failure instanceof SQLRecoverableException
                || POOL_FAILURES.contains(failure.getClass().getSimpleName())) {
            return true;
        }
        if (failure instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (PASSING_CODES.contains(sql.getErrorCode())
                    || state != null && (state.startsWith("08") || state.startsWith("40"))) {
                return true;
            }
            if (isPassing(sql.getNextException(), seen)) {
                return true;
            }
        }
        return isPassing(failure.getCause(), seen);
    }
}
