package id.umkm.portal.identity.application;

import id.umkm.portal.identity.domain.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person fills in to open an account, checked the same way for the page and the API. */
public record Registration(
        @NotBlank(message = "{account.fullName.required}")
        @Size(max = 120, message = "{account.fullName.tooLong}")
        String fullName,
        @NotBlank(message = "{account.email.required}")
        @Email(message = "{account.email.invalid}")
        @Size(max = 254, message = "{account.email.invalid}")
        String email,
        @NotNull(message = "{password.tooShort}")
        String password,
        @NotNull(message = "{account.role.required}")
        Role role) {
}
