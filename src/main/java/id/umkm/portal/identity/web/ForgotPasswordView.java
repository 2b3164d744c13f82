package id.umkm.portal.identity.web;

import id.umkm.portal.identity.application.PasswordResetService;
import id.umkm.portal.identity.application.RegistrationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** forgot-password.xhtml: ask for a reset link, or for a new verification link. */
@Named
@RequestScoped
public class ForgotPasswordView {

    @Inject
    private PasswordResetService passwordReset;

    @Inject
    private RegistrationService registration;

    private String email;
    private boolean sent;

    public void sendResetLink() {
        passwordReset.requestReset(email);
        sent = true;
    }

    public void resendVerification() {
        registration.resendVerification(email);
        sent = true;
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
