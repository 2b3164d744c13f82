package id.umkm.portal.consignment.application;

import id.umkm.portal.payment.application.OutletLedger.Tender;
import java.util.List;

/**
 * What the cashier rings up: label codes with quantities, and how the buyer pays. Cash needs the amount
 * handed over; card needs the terminal's approval code and the card's last four digits.
 */
public record SaleRequest(long outletId, Tender tender, List<Line> lines, Long cashReceivedRupiah, String cardApprovalCode,
        String cardLastDigits) {

    public record Line(String code, Integer quantity) {
    }
}
