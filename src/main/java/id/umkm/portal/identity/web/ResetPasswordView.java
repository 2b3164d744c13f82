package id.umkm.portal.identity.web;

import id.umkm.portal.identity.application.PasswordResetService;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** reset-password.xhtml: the page the mailed reset link opens. */
@Named
@RequestScoped
public class ResetPasswordView {

    @Inject
    private PasswordResetService passwordReset;

    private String token;
    private String password;
    private boolean done;

    public void reset() {
        try {
            passwordReset.reset(token, password);
            done = true;
        } catch (RuleViolation violation) {
            PageMessages.show("reset", violation);
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
