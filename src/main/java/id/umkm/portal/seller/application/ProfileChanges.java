package id.umkm.portal.seller.application;

import id.umkm.portal.seller.domain.BusinessScale;
import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.seller.domain.SellerStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.Objects;

/** Tells the other contexts (catalogue copies of visibility and facets) when what they copy has changed. */
@ApplicationScoped
class ProfileChanges {

    /** The facts other contexts copy from a seller. */
    record Facts(SellerStatus status, Short kecamatanId, BusinessScale scale) {
        static Facts of(Seller seller) {
            return new Facts(seller.getStatus(), seller.getKecamatanId(), seller.getScale());
        }
    }

    @Inject
    private Event<SellerProfileChanged> event;

    /** Fires for a new profile too (before is null): it exists now. */
    void fireIfChanged(Facts before, Seller after) {
        if (!Objects.equals(before, Facts.of(after))) {
            event.fire(new SellerProfileChanged(after.getId()));
        }
    }
}
