package id.umkm.portal.identity.web;

import id.umkm.portal.identity.application.RegistrationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** verify-email.xhtml: the page the mailed link opens. */
@Named
@RequestScoped
public class VerifyEmailView {

    @Inject
    private RegistrationService registration;

    private String token;
    private boolean verified;

    /** Runs as the page's view action, once per GET. */
    public void verify() {
        verified = registration.verifyEmail(token);
    }

    public boolean isVerified() {
        return verified;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
