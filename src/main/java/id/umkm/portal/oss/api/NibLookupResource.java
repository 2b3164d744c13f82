package id.umkm.portal.oss.api;

import id.umkm.portal.oss.application.NibCheck;
import id.umkm.portal.oss.application.NibRegistry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A NIB look-up for forms (seller onboarding, permit applications) and the office. OSS being
 * unreachable is an answer here too: outcome UNAVAILABLE, HTTP 200.
 */
@Path("/oss/nib")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"SELLER", "DKUMKMP_STAFF", "LICENSING_OFFICER", "ADMIN"})
public class NibLookupResource {

    @Inject
    private NibRegistry registry;

    @GET
    @Path("/{nib}")
    public NibCheck check(@PathParam("nib") String nib) {
        return registry.check(nib);
    }
}
