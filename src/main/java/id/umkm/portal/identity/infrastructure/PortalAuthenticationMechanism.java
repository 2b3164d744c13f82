package id.umkm.portal.identity.infrastructure;

import id.umkm.portal.identity.application.ApiTokenService;
import id.umkm.portal.identity.application.AuthenticationService;
import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.domain.Role;
import id.umkm.portal.shared.infrastructure.DatabaseFailures;
import id.umkm.portal.shared.web.ServiceBusyFilter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One mechanism for people and machines. Pages: the login page authenticates through
 * SecurityContext, the session then remembers only the account id, and every request reloads the
 * account, so a disabled account or a revoked role takes effect at once. API: an
 * {@code Authorization: Bearer} token on each request, no session.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The request attribute holding the logged-in {@link Account}, for {@code CurrentUser}. */
    public static final String ACCOUNT_ATTRIBUTE = "umkm.account";
    private static final String SESSION_ACCOUNT_ID = "umkm.accountId";
    private static final String BEARER = "Bearer ";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private AuthenticationService authentication;

    @Inject
    private ApiTokenService apiTokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        try {
            return authenticate(request, response, context);
        } catch (RuntimeException failure) {
            // The token or the session's account could not be read because the database is away. This
            // runs before every filter and mapper, so without this the container answers a bare 500.
            // Called from code (JAX-RS), the failure goes back to the caller's own mappers instead.
            if (context.isAuthenticationRequest() || !DatabaseFailures.isPassing(failure) || response.isCommitted()) {
                throw failure;
            }
            try {
                ServiceBusyFilter.answer(request, response, failure);
            } catch (IOException | ServletException e) {
                throw new IllegalStateException("Could not write the busy answer", e);
            }
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    private AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<Account> account = apiTokens.accountFor(authorization.substring(BEARER.length()).strip());
            if (account.isPresent()) {
                return loggedIn(request, context, account.get());
            }
            return context.isAuthenticationRequest() ? AuthenticationStatus.SEND_FAILURE
                    : problem(response, "Token tidak berlaku / invalid or expired token");
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return loginFromPage(request, context, credential);
        }
        if (isStaticResource(request) && !context.isProtected()) {
            return context.doNothing();
        }
        HttpSession session = request.getSession(false);
        Object accountId = session == null ? null : session.getAttribute(SESSION_ACCOUNT_ID);
        if (accountId instanceof Long id) {
            Optional<Account> account = authentication.activeAccount(id);
            if (account.isPresent()) {
                return loggedIn(request, context, account.get());
            }
            session.removeAttribute(SESSION_ACCOUNT_ID);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (context.isAuthenticationRequest()) {
            // Called from code (JAX-RS checking @RolesAllowed for an anonymous caller): the caller
            // answers, with a Problem Details 401 through the exception mappers. Writing a body
            // here as well would break that answer.
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (request.getServletPath().startsWith("/api/")) {
            return problem(response, "Perlu login / authentication required");
        }
        return context.redirect(request.getContextPath() + "/login.xhtml?next="
                + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
    }

    private AuthenticationStatus loginFromPage(HttpServletRequest request, HttpMessageContext context,
            Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        long id = ((AccountPrincipal) result.getCallerPrincipal()).accountId();
        // A fresh session id at login defeats session fixation.
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_ACCOUNT_ID, id);
        return loggedIn(request, context, authentication.activeAccount(id).orElseThrow());
    }

    private AuthenticationStatus loggedIn(HttpServletRequest request, HttpMessageContext context, Account account) {
        request.setAttribute(ACCOUNT_ATTRIBUTE, account);
        return context.notifyContainerAboutLogin(new AccountPrincipal(account),
                account.getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }

    private static AuthenticationStatus problem(HttpServletResponse response, String detail) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                    + detail + "\"}");
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the 401 answer", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getServletPath();
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/webjars/")
                || path.startsWith("/resources/");
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
