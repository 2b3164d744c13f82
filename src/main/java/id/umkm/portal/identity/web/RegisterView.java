package id.umkm.portal.identity.web;

import id.umkm.portal.identity.application.Registration;
import id.umkm.portal.identity.application.RegistrationService;
import id.umkm.portal.identity.domain.Role;
import id.umkm.portal.shared.domain.RuleViolation;
import id.umkm.portal.shared.web.PageMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.util.List;

/** register.xhtml: open a buyer's or a seller's account. */
@Named
@RequestScoped
public class RegisterView {

    @Inject
    private RegistrationService registration;

    private String fullName;
    private String email;
    private String password;
    private Role role = Role.BUYER;
    private boolean registered;

    public void register() {
        try {
            registration.register(new Registration(fullName, email, password, role),
                    FacesContext.getCurrentInstance().getViewRoot().getLocale());
            registered = true;
        } catch (RuleViolation violation) {
            PageMessages.show("register", violation);
        } catch (ConstraintViolationException invalid) {
            PageMessages.show("register", invalid);
        }
    }

    public List<Role> getRoles() {
        return Role.SELF_REGISTERED;
    }

    public boolean isRegistered() {
        return registered;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
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

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
