package id.umkm.portal.consignment.domain;

import id.umkm.portal.shared.domain.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The outlet's commission on a sale line: gross × percent / 100, rounded half up to whole rupiah (an exact
 * half rupiah goes to the outlet). It is worked out once per sale line, when the line is sold; statements
 * only add lines up, so they never round again and their totals always equal the sum of the lines.
 */
public final class Commission {

    private Commission() {
    }

    public static Money on(Money gross, BigDecimal percent) {
        if (gross.isNegative() || percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("Commission of " + percent + "% on " + gross);
        }
        return Money.rupiah(BigDecimal.valueOf(gross.rupiah()).multiply(percent)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact());
    }

    /** One sale line: quantity × unit price, the commission on it, and what the consignor is owed. */
    public record Line(int quantity, Money unitPrice, BigDecimal percent, Money gross, Money commission, Money net) {

        public static Line of(int quantity, Money unitPrice, BigDecimal percent) {
            if (quantity <= 0) {
                throw new IllegalArgumentException("A sale line sells at least one unit");
            }
            Money gross = unitPrice.times(quantity);
            Money commission = on(gross, percent);
            return new Line(quantity, unitPrice, percent, gross, commission, gross.minus(commission));
        }
    }
}
