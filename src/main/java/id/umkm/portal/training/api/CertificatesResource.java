package id.umkm.portal.training.api;

import id.umkm.portal.shared.api.Problem;
import id.umkm.portal.training.application.Certificates;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;

/** Public check of a training certificate by its code: who, which programme, whether valid; nothing more. */
@Path("/certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CertificatesResource {

    public record VerificationJson(String code, String participantName, String programmeTitle, int hours,
            LocalDate firstDay, LocalDate lastDay, boolean valid) {
    }

    @Inject
    private Certificates certificates;

    @GET
    @Path("/{code}")
    public Response verify(@PathParam("code") String code) {
        return certificates.byCode(code)
                .map(c -> Response.ok(new VerificationJson(c.getCode(), c.getParticipantName(), c.getProgrammeTitle(),
                        c.getHours(), c.getFirstDay(), c.getLastDay(), c.isValid())).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "No certificate with this code").toResponse());
    }
}
