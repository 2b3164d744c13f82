package id.umkm.portal.seller.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Step 2 of onboarding: where the business is and how buyers reach it. */
public record LocationDetails(
        @NotNull(message = "{seller.kecamatan.required}")
        Short kecamatanId,
        @NotNull(message = "{seller.kelurahan.required}")
        Short kelurahanId,
        @NotBlank(message = "{seller.address.required}")
        @Size(max = 255, message = "{seller.address.tooLong}")
        String address,
        @NotBlank(message = "{seller.phone.required}")
        @IndonesianMobile
        String phone,
        @Size(max = 2000, message = "{seller.description.tooLong}")
        String description) {

    public LocationDetails {
        address = Inputs.tidy(address);
        phone = Inputs.tidy(phone);
        description = Inputs.tidy(description);
    }
}
