package id.umkm.portal.order.application;

import java.io.Serializable;

/** A product, or one variant of it (variantId 0 when it has none), as a cart line's identity. */
public record CartKey(long productId, long variantId) implements Serializable, Comparable<CartKey> {

    @Override
    public int compareTo(CartKey other) {
        int byProduct = Long.compare(productId, other.productId);
        return byProduct != 0 ? byProduct : Long.compare(variantId, other.variantId);
    }
}
