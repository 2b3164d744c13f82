package id.umkm.portal.shared.api;

import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * The database refusing a write for a passing reason (storage full, connection lost, deadlock, lock
 * wait) is a 503 with Retry-After and a translated "try again" text, not a bare 500 page: the
 * transaction rolled back, so nothing was stored half-way and the same request can simply be repeated.
 * Any other database failure is a 500 in the same Problem Details form.
 */
@Provider
public class DatabaseFailureMapper implements ExceptionMapper<PersistenceException> {

    /** MySQL/MariaDB error codes: table full, disk full, lock wait timeout, deadlock, server gone. */
    private static final Set<Integer> PASSING = Set.of(1114, 1021, 1205, 1213, 2006, 2013);

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PersistenceException failure) {
        if (isPassing(failure)) {
            Response problem = Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    Texts.get(ApiLocale.of(headers), "operations.database.busy")).toResponse();
            return Response.fromResponse(problem).header("Retry-After", "30").build();
        }
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                Texts.get(ApiLocale.of(headers), "operations.database.failed")).toResponse();
    }

    static boolean isPassing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && (PASSING.contains(sql.getErrorCode())
                    || sql.getSQLState() != null && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("40")))) {
                return true;
            }
        }
        return false;
    }
}
