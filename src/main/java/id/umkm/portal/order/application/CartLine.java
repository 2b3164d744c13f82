package id.umkm.portal.order.application;

import id.umkm.portal.catalog.application.ProductStock;
import id.umkm.portal.shared.domain.Money;
import java.io.Serializable;

/** A cart line as the buyer sees it now: today's price and stock, and whether it can still be bought. */
public record CartLine(CartKey key, long sellerId, String name, Money unitPrice, int quantity, int stock, boolean onSale,
        String path, Long coverMediaId) implements Serializable {

    static CartLine of(ProductStock.Sellable s, int quantity) {
        return new CartLine(new CartKey(s.productId(), s.variantId()), s.sellerId(), s.name(), s.unitPrice(), quantity,
                s.stock(), s.onSale(), s.path(), s.coverMediaId());
    }

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }

    public boolean isAvailable() {
        return onSale && stock >= quantity;
    }
}
