package id.umkm.portal.licensing.api;

import id.umkm.portal.licensing.application.PermitCatalogue;
import id.umkm.portal.licensing.application.PermitTracking;
import id.umkm.portal.shared.api.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** What anyone may ask without logging in: the permit catalogue, an application's progress, a permit's validity. */
@Path("/licensing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicLicensingResource {

    @Inject
    private PermitCatalogue catalogue;

    @Inject
    private PermitTracking tracking;

    @Context
    private HttpHeaders headers;

    @GET
    @Path("/permit-types")
    public List<PermitTypeJson> permitTypes() {
        return catalogue.active().stream().map(PermitTypeJson::of).toList();
    }

    /** Status, dates and the applicant's next step; no names, NIB or documents. */
    @GET
    @Path("/applications/{trackingNumber}")
    public Response track(@PathParam("trackingNumber") String trackingNumber) {
        Locale locale = headers.getAcceptableLanguages().stream().findFirst().orElse(Locale.forLanguageTag("id"));
        return tracking.track(trackingNumber, locale).map(t -> Response.ok(t).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND,
                        "Nomor lacak tidak dikenal / unknown tracking number").toResponse());
    }

    @GET
    @Path("/permits/{verificationCode}")
    public Response verify(@PathParam("verificationCode") String code) {
        return tracking.verify(code).map(p -> Response.ok(p).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND,
                        "Izin tidak ditemukan / no such permit").toResponse());
    }
}
