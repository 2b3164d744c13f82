package id.umkm.portal.payment.api;

import id.umkm.portal.payment.application.GatewayCheck;
import id.umkm.portal.payment.application.PaymentUnavailableException;
import id.umkm.portal.shared.api.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

/** Staff's payment tools over the API. */
@Path("/staff/payments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StaffPaymentsResource {

    private static final Logger LOG = Logger.getLogger(StaffPaymentsResource.class.getName());

    @Inject
    private GatewayCheck gatewayCheck;

    /** Opens and at once cancels a small charge at the gateway: 200 with the findings, 503 when unreachable. */
    @POST
    @Path("/gateway-check")
    @RolesAllowed("DKUMKMP_STAFF")
    public Response checkGateway() {
        try {
            return Response.ok(gatewayCheck.run()).build();
        } catch (PaymentUnavailableException | FaultToleranceException e) {
            LOG.log(Level.WARNING, "Gateway check failed", e);
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The payment gateway cannot be reached: " + e.getMessage())
                    .toResponse();
        }
    }
}
