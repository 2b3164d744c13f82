package id.umkm.portal.shared.api;

import id.umkm.portal.shared.infrastructure.DatabaseFailures;
import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A passing database failure ({@link DatabaseFailures}: unreachable, no free connection, storage full,
 * deadlock, lock wait) is a 503 with Retry-After and a translated "try again" text, not a bare 500:
 * the transaction rolled back, so nothing was stored half-way and the same request can simply be
 * repeated. Any other database failure is a 500 in the same Problem Details form.
 */
@Provider
public class DatabaseFailureMapper implements ExceptionMapper<PersistenceException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PersistenceException failure) {
        if (DatabaseFailures.isPassing(failure)) {
            Response problem = Problem.of(Response.Status.SERVICE_UNAVAILABLE,
                    Texts.get(ApiLocale.of(headers), "operations.database.busy")).toResponse();
            return Response.fromResponse(problem)
                    .header(HttpHeaders.RETRY_AFTER, DatabaseFailures.RETRY_AFTER_SECONDS).build();
        }
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                Texts.get(ApiLocale.of(headers), "operations.database.failed")).toResponse();
    }
}
