package id.umkm.portal.licensing.api;

import id.umkm.portal.licensing.application.ApplicationNotFound;
import id.umkm.portal.shared.api.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Another person's application answers exactly like a missing one, so ids cannot be probed. */
@Provider
public class ApplicationNotFoundMapper implements ExceptionMapper<ApplicationNotFound> {

    @Override
    public Response toResponse(ApplicationNotFound e) {
        return Problem.of(Response.Status.NOT_FOUND, "Permohonan tidak ditemukan / application not found").toResponse();
    }
}
