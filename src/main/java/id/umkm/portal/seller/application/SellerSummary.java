package id.umkm.portal.seller.application;

import java.io.Serializable;

/**
 * What other contexts may know of a seller: enough to show, filter and scope by, nothing private
 * (no payout account, no phone of an unverified seller).
 *
 * @param status DRAFT, SUBMITTED, VERIFIED, REJECTED or SUSPENDED; only VERIFIED sellers are public
 * @param scale MICRO, SMALL or MEDIUM, null while the profile is a draft
 * @param womenLed whether the owner declared the business women-led (a training priority criterion)
 */
public record SellerSummary(long id, long accountId, String slug, String businessName, String status,
        Short kecamatanId, Short kelurahanId, Short categoryId, String scale, boolean nibVerified, boolean womenLed) implements Serializable {

    public boolean isPublic() {
        return "VERIFIED".equals(status);
    }
}
