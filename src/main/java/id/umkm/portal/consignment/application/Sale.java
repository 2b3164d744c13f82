package id.umkm.portal.consignment.application;

import id.umkm.portal.payment.application.OutletLedger.Tender;
import id.umkm.portal.shared.domain.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A counter sale as the cashier and the receipt show it. */
public record Sale(long id, long outletId, String outletName, String cashierName, Tender tender, String status, Money total,
        Money cashReceived, String cardApprovalCode, String cardLastDigits, Instant createdAt, Instant paidAt,
        Instant refundedAt, String refundReason, List<Line> lines) implements Serializable {

    public record Line(long itemId, String code, String name, long sellerId, String sellerName, int quantity, Money unitPrice,
            Money gross, Money commission, Money net) implements Serializable {
    }

    public String number() {
        return References.sale(id);
    }

    public Money change() {
        return cashReceived == null ? Money.ZERO : cashReceived.minus(total);
    }

    public boolean isPaid() {
        return "PAID".equals(status);
    }

    public boolean isAwaitingPayment() {
        return "AWAITING_PAYMENT".equals(status);
    }
}
