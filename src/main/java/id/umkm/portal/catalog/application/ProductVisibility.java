package id.umkm.portal.catalog.application;

import id.umkm.portal.catalog.domain.ProductRepository;
import id.umkm.portal.seller.application.SellerProfileChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Keeps products' copies of their seller (kecamatan, scale, visibility) in step when the seller changes. */
@ApplicationScoped
public class ProductVisibility {

    @Inject
    private ProductRepository products;

    /** In the seller's own transaction: a verification and its products' visibility commit together. */
    @Transactional
    void sellerChanged(@Observes SellerProfileChanged changed) {
        products.followSeller(changed.sellerId());
    }
}
