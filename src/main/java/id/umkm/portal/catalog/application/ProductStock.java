package id.umkm.portal.catalog.application;

import id.umkm.portal.shared.domain.Money;
import java.util.List;
import java.util.Optional;

/**
 * Products as carts and orders need them, and their stock. Reservations are conditional updates in
 * the caller's transaction: stock never goes below zero however many buyers race for the last items.
 */
public interface ProductStock {

    /** A product (or one of its variants) with what a buyer needs to decide: price, stock, whether it is on sale. */
    record Sellable(long productId, long variantId, long sellerId, String name, Money unitPrice, int stock,
            boolean onSale, String path, Long coverMediaId) {
    }

    /** variantId 0 for a product without variants; empty when there is no such product or variant. */
    Optional<Sellable> find(long productId, long variantId);

    /** The variants a buyer can choose from (empty for a product without variants). */
    List<Sellable> variants(long productId);

    /** Takes quantity from stock if that much is left; false (changing nothing) otherwise. */
    boolean reserve(long productId, long variantId, int quantity);

    /** Puts quantity back (an order cancelled or expired). */
    void release(long productId, long variantId, int quantity);
}
