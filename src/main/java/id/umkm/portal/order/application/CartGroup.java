package id.umkm.portal.order.application;

import id.umkm.portal.shared.domain.Money;
import java.io.Serializable;
import java.util.List;

/** The lines of one seller: they become one order at checkout. */
public record CartGroup(long sellerId, String sellerName, Short sellerKecamatanId, List<CartLine> lines) implements Serializable {

    public Money subtotal() {
        return lines.stream().map(CartLine::lineTotal).reduce(Money.ZERO, Money::plus);
    }

    public boolean isAvailable() {
        return lines.stream().allMatch(CartLine::isAvailable);
    }
}
