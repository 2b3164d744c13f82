package id.umkm.portal.seller.api;

import id.umkm.portal.seller.application.ReferenceData;
import id.umkm.portal.seller.application.SellerVerification;
import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.seller.domain.SellerStatus;
import id.umkm.portal.shared.api.Problem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A verified seller as anyone may see it: no payout data; unverified, rejected or suspended sellers do not exist here. */
@Path("/sellers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicSellersResource {

    public record PublicSeller(long id, String slug, String businessName, String kecamatan, String kelurahan,
            String category, String scale, boolean nibVerified, boolean womenLed, String description, String whatsapp) {
    }

    @Inject
    private SellerVerification verification;

    @Inject
    private ReferenceData reference;

    @GET
    @Path("{id:[0-9]{1,18}}")
    public Response seller(@PathParam("id") long id) {
        return verification.profile(id)
                .filter(s -> s.getStatus() == SellerStatus.VERIFIED)
                .map(s -> Response.ok(view(s)).build())
                .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "Penjual tidak ditemukan / seller not found").toResponse());
    }

    private PublicSeller view(Seller s) {
        return new PublicSeller(s.getId(), s.getSlug(), s.getBusinessName(),
                reference.kecamatanName(s.getKecamatanId()).orElse(null),
                reference.kelurahanName(s.getKelurahanId()).orElse(null),
                reference.categoryName(s.getCategoryId(), null).orElse(null),
                s.getScale() == null ? null : s.getScale().name(), s.isNibVerified(), s.isWomenLed(),
                s.getDescription(), s.getPhone());
    }
}
