package id.umkm.portal.identity.api;

import id.umkm.portal.identity.application.ApiTokenService;
import id.umkm.portal.identity.application.AuthenticationService;
import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.domain.LoginOutcome;
import id.umkm.portal.identity.domain.Role;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.shared.api.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** Token login for machine clients: POST a username and password, then send {@code Authorization: Bearer <token>}. */
@Path("/auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {

    public record Credentials(String username, String password) {
    }

    public record TokenAnswer(String token, Instant expiresAt) {
    }

    public record Me(long id, String email, String fullName, List<Role> roles) {
    }

    @Inject
    private AuthenticationService authentication;

    @Inject
    private ApiTokenService apiTokens;

    @Inject
    private CurrentUser currentUser;

    @POST
    @Path("/login")
    public Response login(Credentials credentials) {
        if (credentials == null || credentials.username() == null || credentials.password() == null) {
            return Problem.of(Response.Status.BAD_REQUEST, "username and password are required").toResponse();
        }
        LoginOutcome outcome = authentication.login(credentials.username(), credentials.password());
        return switch (outcome.result()) {
            case SUCCESS -> {
                ApiTokenService.IssuedToken token = apiTokens.issue(outcome.account());
                yield Response.ok(new TokenAnswer(token.token(), token.expiresAt())).build();
            }
            case LOCKED -> Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS,
                            "Account locked after repeated wrong passwords until " + outcome.lockedUntil()).toResponse())
                    .header("Retry-After", Math.max(1, outcome.lockedUntil().getEpochSecond() - Instant.now().getEpochSecond()))
                    .build();
            case NOT_VERIFIED -> Problem.of(Response.Status.FORBIDDEN, "Email address not verified yet").toResponse();
            case DISABLED -> Problem.of(Response.Status.FORBIDDEN, "Account disabled").toResponse();
            case BAD_CREDENTIALS -> Problem.of(Response.Status.UNAUTHORIZED, "Wrong username or password").toResponse();
        };
    }

    /** Ends the token this request was made with. */
    @POST
    @Path("/logout")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            apiTokens.revoke(authorization.substring(7).strip());
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/me")
    public Me me() {
        Account account = currentUser.require();
        return new Me(account.getId(), account.getEmail(), account.getFullName(), List.copyOf(account.getRoles()));
    }
}
