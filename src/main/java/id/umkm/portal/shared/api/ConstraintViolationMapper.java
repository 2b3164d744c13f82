package id.umkm.portal.shared.api;

import id.umkm.portal.shared.infrastructure.Texts;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        Locale locale = ApiLocale.of(headers);
        var errors = invalid.getConstraintViolations().stream()
                .map(v -> {
                    String path = v.getPropertyPath().toString();
                    return new Problem.FieldError(path.substring(path.lastIndexOf('.') + 1),
                            Texts.get(locale, Texts.messageKey(v)));
                })
                .toList();
        return Problem.of(Response.Status.BAD_REQUEST, Texts.get(locale, "api.invalidInput"))
                .withErrors(errors).toResponse();
    }
}
