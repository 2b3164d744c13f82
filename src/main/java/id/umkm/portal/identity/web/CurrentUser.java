package id.umkm.portal.identity.web;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.domain.Role;
import id.umkm.portal.identity.infrastructure.PortalAuthenticationMechanism;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The person this request is served for, as pages and backing beans see them. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private HttpServletRequest request;

    public Optional<Account> account() {
        return Optional.ofNullable((Account) request.getAttribute(PortalAuthenticationMechanism.ACCOUNT_ATTRIBUTE));
    }

    public Account require() {
        return account().orElseThrow(() -> new IllegalStateException("No one is logged in"));
    }

    public boolean isLoggedIn() {
        return account().isPresent();
    }

    public String getName() {
        return account().map(Account::getFullName).orElse("");
    }

    public boolean has(String role) {
        return account().map(a -> a.getRoles().contains(Role.valueOf(role))).orElse(false);
    }

    public String getLandingPath() {
        return account().map(Account::landingPath).orElse("/");
    }
}
