package id.umkm.portal.payment.infrastructure;

import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Midtrans Core API calls the portal makes (MicroProfile Rest Client; built in {@link MidtransGateway}).
 * No @Path on the interface: JAX-RS would otherwise take it for a server resource when scanning the WAR.
 */
@Produces(MediaType.APPLICATION_JSON)
public interface MidtransApi {

    @POST
    @Path("/v2/charge")
    @Consumes(MediaType.APPLICATION_JSON)
    Response charge(@HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Override-Notification") String notificationUrl, JsonObject body);

    @GET
    @Path("/v2/{orderId}/status")
    Response status(@HeaderParam("Authorization") String authorization, @PathParam("orderId") String orderId);

    @POST
    @Path("/v2/{orderId}/cancel")
    Response cancel(@HeaderParam("Authorization") String authorization, @PathParam("orderId") String orderId);
}
