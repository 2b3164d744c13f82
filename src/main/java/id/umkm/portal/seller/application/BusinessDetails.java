package id.umkm.portal.seller.application;

import id.umkm.portal.seller.domain.SellerFormats;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Step 1 of onboarding: the business. */
public record BusinessDetails(
        @NotBlank(message = "{seller.businessName.required}")
        @Size(max = 120, message = "{seller.businessName.tooLong}")
        String businessName,
        @NotBlank(message = "{seller.ownerName.required}")
        @Size(max = 120, message = "{seller.ownerName.tooLong}")
        String ownerName,
        @NotBlank(message = "{seller.nib.required}")
        @Pattern(regexp = SellerFormats.NIB, message = "{seller.nib.invalid}")
        String nib,
        @NotNull(message = "{seller.category.required}")
        Short categoryId,
        @NotNull(message = "{seller.scale.required}")
        @Pattern(regexp = "MICRO|SMALL|MEDIUM", message = "{seller.scale.required}")
        String scale,
        boolean womenLed) {

    public BusinessDetails {
        businessName = Inputs.tidy(businessName);
        ownerName = Inputs.tidy(ownerName);
        nib = Inputs.digits(nib);
        scale = Inputs.tidy(scale);
    }
}
