package id.umkm.portal.identity.infrastructure;

import id.umkm.portal.identity.application.AuthenticationService;
import id.umkm.portal.identity.domain.LoginOutcome;
import id.umkm.portal.identity.domain.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** The database identity store: accounts, PBKDF2 hashes and roles in the portal's own tables. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AuthenticationService authentication;

    @Inject
    private LastLoginOutcome lastOutcome;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = authentication.login(credential.getCaller(), credential.getPasswordAsString());
        lastOutcome.set(outcome);
        if (!outcome.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(new AccountPrincipal(outcome.account()),
                outcome.account().getRoles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
