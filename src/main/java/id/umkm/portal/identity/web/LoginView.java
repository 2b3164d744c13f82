package id.umkm.portal.identity.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import id.umkm.portal.identity.domain.LoginOutcome;
import id.umkm.portal.identity.infrastructure.LastLoginOutcome;
import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** login.xhtml: email and password, with a precise message when it does not work. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private LastLoginOutcome lastOutcome;

    @Inject
    private CurrentUser currentUser;

    private String email;
    private String password;
    private String next;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email == null ? "" : email, new Password(password == null ? "" : password))));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> explainFailure();
        }
    }

    private void explainFailure() {
        LoginOutcome outcome = lastOutcome.get().orElse(LoginOutcome.badCredentials(0));
        switch (outcome.result()) {
            case LOCKED -> PageMessages.error("login.locked",
                    CityTime.format(outcome.lockedUntil(), FacesContext.getCurrentInstance().getViewRoot().getLocale()));
            case NOT_VERIFIED -> PageMessages.error("login.notVerified");
            case DISABLED -> PageMessages.error("login.disabled");
            default -> {
                if (outcome.attemptsLeft() <= 2) {
                    PageMessages.error("login.badCredentialsFewLeft", outcome.attemptsLeft());
                } else {
                    PageMessages.error("login.badCredentials");
                }
            }
        }
    }

    /** Only a path inside the portal: an absolute or protocol-relative address would be an open redirect. */
    private String safeNext() {
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\");
        return local ? next : currentUser.getLandingPath();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
