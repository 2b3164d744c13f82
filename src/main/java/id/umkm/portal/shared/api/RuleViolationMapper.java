package id.umkm.portal.shared.api;

import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

@Provider
public class RuleViolationMapper implements ExceptionMapper<RuleViolation> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuleViolation violation) {
        String message = Texts.get(ApiLocale.of(headers), violation.messageKey(), violation.args());
        Problem problem = Problem.of(violation.isConflict() ? Response.Status.CONFLICT : Response.Status.BAD_REQUEST, message);
        return (violation.field() == null ? problem
                : problem.withErrors(List.of(new Problem.FieldError(violation.field(), message)))).toResponse();
    }
}
