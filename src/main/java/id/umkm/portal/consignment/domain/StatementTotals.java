package id.umkm.portal.consignment.domain;

import id.umkm.portal.shared.domain.Money;
import java.io.Serializable;

/**
 * A consignor's statement: units sold, gross sales, the outlet's commission and the net of them; refunds
 * of sales (settled earlier or in this statement) as a negative adjustment; and the net payable. No
 * rounding happens here: each amount is a sum of whole-rupiah sale lines (see {@link Commission}).
 */
public record StatementTotals(int unitsSold, Money gross, Money commission, int unitsRefunded, Money refundedNet,
        int unitsReturned) implements Serializable {

    public Money netSales() {
        return gross.minus(commission);
    }

    /** Refunds lower what is paid: the adjustment is the refunded lines' net, negated. */
    public Money adjustment() {
        return Money.ZERO.minus(refundedNet);
    }

    public Money netPayable() {
        return netSales().plus(adjustment());
    }

    public boolean isEmpty() {
        return unitsSold == 0 && unitsRefunded == 0;
    }
}
