package id.umkm.portal.seller.api;

import id.umkm.portal.identity.domain.Account;
import id.umkm.portal.identity.web.CurrentUser;
import id.umkm.portal.seller.application.BusinessDetails;
import id.umkm.portal.seller.application.LocationDetails;
import id.umkm.portal.seller.application.PayoutDetails;
import id.umkm.portal.seller.application.SellerOnboarding;
import id.umkm.portal.seller.application.SellerSubmission;
import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.shared.api.Problem;
import id.umkm.portal.shared.api.UploadBody;
import id.umkm.portal.shared.media.MediaStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;

/**
 * The logged-in seller's own profile. There is deliberately no seller id in these paths: the
 * profile is always the one of the account behind the token.
 */
@Path("/seller/profile")
@RequestScoped
@RolesAllowed("SELLER")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OwnProfileResource {

    public record ProfileForm(BusinessDetails business, LocationDetails location, PayoutDetails payout) {
    }

    public record OwnProfile(long id, String status, String reviewNote, String slug, int onboardingStep,
            boolean changesPending, String businessName, String ownerName, String nib, String nibCheck,
            boolean nibVerified, boolean kbliMismatch, Short categoryId, String scale, boolean womenLed,
            Short kecamatanId, Short kelurahanId, String address, String phone, String description,
            String payoutMethod, String payoutProvider, String accountNumber, String accountHolder,
            String qrisNmid, String pirtNumber, String halalNumber, String logoUrl, Instant submittedAt,
            Instant verifiedAt) {

        static OwnProfile of(Seller s) {
            return new OwnProfile(s.getId(), s.getStatus().name(), s.getReviewNote(), s.getSlug(),
                    s.getOnboardingStep(), s.isChangesPending(), s.getBusinessName(), s.getOwnerName(), s.getNib(),
                    s.getNibCheck() == null ? null : s.getNibCheck().name(), s.isNibVerified(), s.isKbliMismatch(),
                    s.getCategoryId(), s.getScale() == null ? null : s.getScale().name(), s.isWomenLed(),
                    s.getKecamatanId(), s.getKelurahanId(), s.getAddress(), s.getPhone(), s.getDescription(),
                    s.getPayoutMethod() == null ? null : s.getPayoutMethod().name(),
                    s.getPayoutProvider() == null ? null : s.getPayoutProvider().name(),
                    s.getPayoutAccountNumber(), s.getPayoutAccountHolder(), s.getQrisNmid(), s.getPirtNumber(),
                    s.getHalalNumber(), s.getLogoMediaId() == null ? null : "/media/" + s.getLogoMediaId(),
                    s.getSubmittedAt(), s.getVerifiedAt());
        }
    }

    @Inject
    private SellerOnboarding onboarding;

    @Inject
    private SellerSubmission submission;

    @Inject
    private CurrentUser currentUser;

    @GET
    public Response profile() {
        return onboarding.profileOf(currentUser.require().getId())
                .map(s -> Response.ok(OwnProfile.of(s)).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND,
                        "Profil usaha belum dibuat / no business profile yet").toResponse());
    }

    /** Saves all three steps; all of it is valid or nothing is saved. */
    @PUT
    public OwnProfile save(ProfileForm form) {
        ProfileForm given = form == null ? new ProfileForm(null, null, null) : form;
        String nib = given.business() == null ? null : given.business().nib();
        return OwnProfile.of(onboarding.saveAll(currentUser.require().getId(),
                given.business(), given.location(), given.payout(), onboarding.lookUpNib(nib)));
    }

    /** The logo image as the raw body (JPEG, PNG or WebP, checked by content); its name in X-File-Name. */
    @PUT
    @Path("/logo")
    @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
    public OwnProfile changeLogo(@HeaderParam("X-File-Name") String fileName, InputStream body) {
        long accountId = currentUser.require().getId();
        onboarding.changeLogo(accountId, fileName, UploadBody.read(body, MediaStore.MAX_BYTES,
                UploadBody.imageTooLarge("logo", fileName, MediaStore.MAX_BYTES)));
        return OwnProfile.of(onboarding.profileOf(accountId).orElseThrow());
    }

    @DELETE
    @Path("/logo")
    public Response removeLogo() {
        onboarding.removeLogo(currentUser.require().getId());
        return Response.noContent().build();
    }

    @POST
    @Path("/submission")
    public OwnProfile submit() {
        Account account = currentUser.require();
        return OwnProfile.of(submission.submit(account.getId(), account.getEmail()));
    }
}
