package id.umkm.portal.seller.application;

import id.umkm.portal.seller.domain.SellerFormats;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Step 3 of onboarding: where the office pays the seller, and the optional papers.
 *
 * @param qrisNmid the QRIS National Merchant ID: "ID" and 10 to 15 digits
 * @param pirtNumber SPP-IRT (home-industry food permit) number, 15 digits
 */
public record PayoutDetails(
        @NotNull(message = "{seller.payoutMethod.required}")
        @Pattern(regexp = "BANK|EWALLET", message = "{seller.payoutMethod.required}")
        String payoutMethod,
        @NotBlank(message = "{seller.payoutProvider.required}")
        String payoutProvider,
        @NotBlank(message = "{seller.accountNumber.required}")
        @Pattern(regexp = SellerFormats.ACCOUNT_NUMBER, message = "{seller.accountNumber.invalid}")
        String accountNumber,
        @NotBlank(message = "{seller.accountHolder.required}")
        @Size(max = 120, message = "{seller.accountHolder.tooLong}")
        String accountHolder,
        @Pattern(regexp = SellerFormats.QRIS_NMID, message = "{seller.qrisNmid.invalid}")
        String qrisNmid,
        @Pattern(regexp = SellerFormats.PIRT, message = "{seller.pirtNumber.invalid}")
        String pirtNumber,
        @Pattern(regexp = SellerFormats.HALAL, message = "{seller.halalNumber.invalid}")
        String halalNumber) {

    public PayoutDetails {
        payoutMethod = Inputs.tidy(payoutMethod);
        payoutProvider = Inputs.tidy(payoutProvider);
        accountNumber = Inputs.digits(accountNumber);
        accountHolder = Inputs.tidy(accountHolder);
        qrisNmid = Inputs.upper(qrisNmid);
        pirtNumber = Inputs.digits(pirtNumber);
        halalNumber = Inputs.tidy(halalNumber);
    }
}
