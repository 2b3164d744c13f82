package id.umkm.portal.consignment.domain;

import id.umkm.portal.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one price cut an agreement may apply when goods are still unsold at the end of their grace days:
 * price × (100 − percent) / 100, rounded down to whole hundreds of rupiah (the buyer’s favour, and a
 * price a tag can show), never below Rp 100.
 */
public final class Markdown {

    private Markdown() {
    }

    public static Money price(Money price, BigDecimal percent) {
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("A markdown takes off more than 0 and less than 100 %: " + percent);
        }
        long cut = BigDecimal.valueOf(price.rupiah())
                .multiply(BigDecimal.valueOf(100).subtract(percent))
                .divide(BigDecimal.valueOf(100 * 100L), 0, RoundingMode.FLOOR).longValueExact() * 100;
        return Money.rupiah(Math.max(100, Math.min(cut, price.rupiah())));
    }
}
