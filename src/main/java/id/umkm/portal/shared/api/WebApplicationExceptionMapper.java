package id.umkm.portal.shared.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404s, 405s, unreadable JSON and the like answer as Problem Details too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        Problem problem = new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(),
                e.getMessage(), java.util.List.of());
        return Response.fromResponse(e.getResponse()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
