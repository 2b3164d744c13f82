package id.umkm.portal.payment.domain;

import static id.umkm.portal.payment.domain.LedgerAccount.BANK;
import static id.umkm.portal.payment.domain.LedgerAccount.CONSIGNMENT_UNSETTLED;
import static id.umkm.portal.payment.domain.LedgerAccount.OUTLET_COMMISSION;
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

    /** A consignor's part of an outlet sale: what their goods sold for and the outlet's commission on it. */
    public record ConsignorShare(long sellerId, long gross, long commission) {

        public ConsignorShare {
            if (gross <= 0 || commission < 0 || commission > gross) {
                throw new IllegalArgumentException("A share sells for something and its commission is part of it");
            }
        }

        public long net() {
            return gross - commission;
        }
    }

    /**
     * An outlet sale was paid: the money taken (held QRIS money, the till, the card terminal) is owed to
     * the consignors, unsettled until their statement is approved, less the outlet's commission.
     */
    public static Journal outletSale(String saleReference, LedgerAccount takenInto, List<ConsignorShare> shares) {
        long total = shares.stream().mapToLong(ConsignorShare::gross).sum();
        List<Posting> lines = new ArrayList<>();
        lines.add(Posting.debit(takenInto, null, total));
        for (ConsignorShare share : shares) {
            if (share.net() > 0) {
                lines.add(Posting.credit(CONSIGNMENT_UNSETTLED, share.sellerId(), share.net()));
            }
            if (share.commission() > 0) {
                lines.add(Posting.credit(OUTLET_COMMISSION, share.sellerId(), share.commission()));
            }
        }
        return new Journal(JournalKind.OUTLET_SALE, saleReference, takenInto == HELD_FOR_ORDERS ? saleReference : null,
                null, null, "Penjualan gerai " + saleReference, lines);
    }

    /**
     * An outlet sale was refunded: the consignors' unsettled share and the commission are reversed, and the
     * money is owed back to the buyer (QRIS: refunds payable, per consignor) or leaves the till or terminal.
     */
    public static Journal outletRefund(String refundReference, String saleReference, LedgerAccount paidFrom,
            List<ConsignorShare> shares) {
        List<Posting> lines = new ArrayList<>();
        for (ConsignorShare share : shares) {
            if (share.net() > 0) {
                lines.add(Posting.debit(CONSIGNMENT_UNSETTLED, share.sellerId(), share.net()));
            }
            if (share.commission() > 0) {
                lines.add(Posting.debit(OUTLET_COMMISSION, share.sellerId(), share.commission()));
            }
            if (paidFrom == REFUNDS_PAYABLE) {
                lines.add(Posting.credit(REFUNDS_PAYABLE, share.sellerId(), share.gross()));
            }
        }
        if (paidFrom != REFUNDS_PAYABLE) {
            lines.add(Posting.credit(paidFrom, null, shares.stream().mapToLong(ConsignorShare::gross).sum()));
        }
        return new Journal(JournalKind.OUTLET_REFUND, refundReference, null, null, null,
                "Pengembalian penjualan gerai " + saleReference, lines);
    }

    /**
     * A consignor's statement was approved: its net payable moves from unsettled to what the portal owes the
     * seller, which the next payout batch pays. A negative net (refunds of settled sales outweighing new
     * sales) moves the other way and lowers what the seller is owed.
     */
    public static Journal settlement(long sellerId, String settlementReference, Money net) {
        if (net == null || net.rupiah() == 0) {
            throw new IllegalArgumentException("A settlement moves a non-zero amount: " + net);
        }
        long amount = Math.abs(net.rupiah());
        List<Posting> lines = net.rupiah() > 0
                ? List.of(Posting.debit(CONSIGNMENT_UNSETTLED, sellerId, amount), Posting.credit(SELLER_PAYABLE, sellerId, amount))
                : List.of(Posting.debit(SELLER_PAYABLE, sellerId, amount), Posting.credit(CONSIGNMENT_UNSETTLED, sellerId, amount));
        return new Journal(JournalKind.SETTLEMENT, settlementReference, null, null, null,
                "Penyelesaian konsinyasi " + settlementReference, lines);
    }

    private static void positive(Money amount) {
        if (amount == null || amount.rupiah() <= 0) {
            throw new IllegalArgumentException("A posting moves a positive amount: " + amount);
        }
    }
}
