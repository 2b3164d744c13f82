package id.umkm.portal.identity.infrastructure;

import id.umkm.portal.identity.domain.LoginOutcome;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/** Carries the precise reason of a failed login from the identity store back to the login page. */
@RequestScoped
public class LastLoginOutcome {

    private LoginOutcome outcome;

    void set(LoginOutcome outcome) {
        this.outcome = outcome;
    }

    public Optional<LoginOutcome> get() {
        return Optional.ofNullable(outcome);
    }
}
