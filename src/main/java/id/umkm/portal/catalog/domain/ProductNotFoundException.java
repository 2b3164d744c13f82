package id.umkm.portal.catalog.domain;

/** No such product for this seller: whether it exists for another seller is never told. */
public class ProductNotFoundException extends RuntimeException {

    public ProductNotFoundException(long productId) {
        super("No product " + productId + " for this seller");
    }
}
