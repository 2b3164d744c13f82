package id.umkm.portal.payment.domain;

import id.umkm.portal.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The share of an order the portal keeps when it releases the money to the seller: the QRIS merchant
 * discount rate (MDR) the gateway deducts from what it settles, passed on as a percentage of the order.
 * Rounded half up to whole rupiah (Rp 0,5 and more counts as Rp 1), never more than the amount.
 */
public record SellerFee(BigDecimal percent) {

    public SellerFee {
        if (percent == null || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("The seller fee is a percentage from 0 to 100: " + percent);
        }
    }

    public static SellerFee percent(String percent) {
        return new SellerFee(new BigDecimal(percent.trim()));
    }

    public Money on(Money amount) {
        return Money.rupiah(BigDecimal.valueOf(amount.rupiah()).multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact());
    }
}
