package id.umkm.portal.identity.api;

import id.umkm.portal.identity.application.Registration;
import id.umkm.portal.identity.application.RegistrationService;
import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.shared.api.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import java.net.URI;

/** Self-service registration for the mobile app and partners: the same rules and mails as the page. */
@Path("/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountsResource {

    public record Registered(long id, String email, String status) {
    }

    public record Verification(String token) {
    }

    @Inject
    private RegistrationService registration;

    @Context
    private HttpHeaders headers;

    @POST
    public Response register(Registration form) {
        if (form == null) {
            return Problem.of(Response.Status.BAD_REQUEST, "A JSON body is required").toResponse();
        }
        var locale = headers.getAcceptableLanguages().isEmpty() ? null : headers.getAcceptableLanguages().get(0);
        Account account = registration.register(form, locale);
        return Response.created(URI.create("/api/v1/auth/me"))
                .entity(new Registered(account.getId(), account.getEmail(), account.getStatus().name()))
                .build();
    }

    @POST
    @Path("/verification")
    public Response verify(Verification verification) {
        if (verification != null && registration.verifyEmail(verification.token())) {
            return Response.noContent().build();
        }
        return Problem.of(Response.Status.BAD_REQUEST, "Unknown, used or expired verification link").toResponse();
    }
}
