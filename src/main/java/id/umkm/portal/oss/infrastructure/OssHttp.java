package id.umkm.portal.oss.infrastructure;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The transport OSS offers: JSON posted to an operation under the base URL, authenticated with the
 * {@code user_key} header. What goes in the body and comes back is the adapter's business.
 */
@Path("/")
public interface OssHttp {

    @POST
    @Path("{operation}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response post(@PathParam("operation") String operation, @HeaderParam("user_key") String userKey, String body);
}
