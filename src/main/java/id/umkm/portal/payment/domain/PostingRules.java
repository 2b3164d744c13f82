package id.umkm.portal.payment.domain;

import static id.umkm.portal.payment.domain.LedgerAccount.BANK;
import static id.umkm.portal.payment.domain.LedgerAccount.FEE_INCOME;
import static id.umkm.portal.payment.domain.LedgerAccount.GATEWAY_CLEARING;
import static id.umkm.portal.payment.domain.LedgerAccount.HELD_FOR_ORDERS;
import static id.umkm.portal.payment.domain.LedgerAccount.PAYOUTS_IN_TRANSIT;
import static id.umkm.portal.payment.domain.LedgerAccount.REFUNDS_PAYABLE;
import static id.umkm.portal.payment.domain.LedgerAccount.SELLER_PAYABLE;

import id.umkm.portal.shared.domain.Money;
import java.util.ArrayList;
import java.util.List;

/** How each business event is posted (the table in docs/payments.md). */
public final class PostingRules {

    private PostingRules() {
    }

    /** The gateway confirmed a payment: the buyer's money is held until the order completes or is cancelled. */
    public static Journal paymentReceived(String paymentReference, Money amount) {
        positive(amount);
        return new Journal(JournalKind.PAYMENT_RECEIVED, paymentReference, paymentReference, null, null,
                "QRIS " + paymentReference, List.of(
                        Posting.debit(GATEWAY_CLEARING, null, amount.rupiah()),
                        Posting.credit(HELD_FOR_ORDERS, null, amount.rupiah())));
    }

    /** The order completed: the seller is owed the amount less the fee, the portal keeps the fee. */
    public static Journal release(long sellerId, String paymentReference, String orderNumber, Money amount, SellerFee fee) {
        positive(amount);
        long kept = fee.on(amount).rupiah();
        List<Posting> lines = new ArrayList<>();
        lines.add(Posting.debit(HELD_FOR_ORDERS, null, amount.rupiah()));
        lines.add(Posting.credit(SELLER_PAYABLE, sellerId, amount.rupiah() - kept));
        if (kept > 0) {
            lines.add(Posting.credit(FEE_INCOME, sellerId, kept));
        }
        return new Journal(JournalKind.RELEASE, orderNumber, paymentReference, orderNumber, null,
                "Pesanan " + orderNumber + " selesai", lines);
    }

    /** A paid order was cancelled: the held money is owed back to the buyer, in full. */
    public static Journal refund(long sellerId, String paymentReference, String orderNumber, Money amount) {
        positive(amount);
        return new Journal(JournalKind.REFUND, orderNumber, paymentReference, orderNumber, null,
                "Pengembalian dana pesanan " + orderNumber, List.of(
                        Posting.debit(HELD_FOR_ORDERS, null, amount.rupiah()),
                        Posting.credit(REFUNDS_PAYABLE, sellerId, amount.rupiah())));
    }

    /** A payout batch line: the seller's payable moves to "in transit" until the bank transfer is confirmed. */
    public static Journal payout(long sellerId, String lineReference, long batchId, Money amount) {
        positive(amount);
        return new Journal(JournalKind.PAYOUT, lineReference, null, null, batchId, "Pencairan " + lineReference,
                List.of(Posting.debit(SELLER_PAYABLE, sellerId, amount.rupiah()),
                        Posting.credit(PAYOUTS_IN_TRANSIT, sellerId, amount.rupiah())));
    }

    /** Staff confirmed the bank transferred a payout line: it leaves the office's bank account. */
    public static Journal payoutSent(long sellerId, String lineReference, long batchId, Money amount) {
        positive(amount);
        return new Journal(JournalKind.PAYOUT_SENT, lineReference, null, null, batchId, "Transfer " + lineReference,
                List.of(Posting.debit(PAYOUTS_IN_TRANSIT, sellerId, amount.rupiah()),
                        Posting.credit(BANK, null, amount.rupiah())));
    }

    private static void positive(Money amount) {
        if (amount == null || amount.rupiah() <= 0) {
            throw new IllegalArgumentException("A posting moves a positive amount: " + amount);
        }
    }
}
