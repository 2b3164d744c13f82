package id.umkm.portal.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.payment.domain.PostingRules.ConsignorShare;
import id.umkm.portal.shared.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutletPostingRulesTest {

    private static final List<ConsignorShare> SHARES = List.of(new ConsignorShare(7, 105_000, 18_375),
            new ConsignorShare(9, 50_000, 0));

    @Test
    void aQrisSaleMovesHeldMoneyToTheConsignorsUnsettledAndTheCommission() {
        Journal sale = PostingRules.outletSale("OS-000001", LedgerAccount.HELD_FOR_ORDERS, SHARES);

        assertThat(sale.kind()).isEqualTo(JournalKind.OUTLET_SALE);
        assertThat(sale.paymentReference()).isEqualTo("OS-000001");
        assertThat(sale.lines()).containsExactly(
                Posting.debit(LedgerAccount.HELD_FOR_ORDERS, null, 155_000),
                Posting.credit(LedgerAccount.CONSIGNMENT_UNSETTLED, 7L, 86_625),
                Posting.credit(LedgerAccount.OUTLET_COMMISSION, 7L, 18_375),
                Posting.credit(LedgerAccount.CONSIGNMENT_UNSETTLED, 9L, 50_000));
    }

    @Test
    void aCashSaleIsTakenIntoTheTillAndItsRefundLeavesIt() {
        assertThat(PostingRules.outletSale("OS-000002", LedgerAccount.OUTLET_CASH, SHARES).paymentReference()).isNull();
        Journal refund = PostingRules.outletRefund("RF-000002", "OS-000002", LedgerAccount.OUTLET_CASH, SHARES);

        assertThat(refund.kind()).isEqualTo(JournalKind.OUTLET_REFUND);
        assertThat(refund.lines()).containsExactly(
                Posting.debit(LedgerAccount.CONSIGNMENT_UNSETTLED, 7L, 86_625),
                Posting.debit(LedgerAccount.OUTLET_COMMISSION, 7L, 18_375),
                Posting.debit(LedgerAccount.CONSIGNMENT_UNSETTLED, 9L, 50_000),
                Posting.credit(LedgerAccount.OUTLET_CASH, null, 155_000));
    }

    @Test
    void aQrisRefundIsOwedBackToTheBuyer() {
        Journal refund = PostingRules.outletRefund("RF-000003", "OS-000003", LedgerAccount.REFUNDS_PAYABLE, SHARES.subList(0, 1));

        assertThat(refund.lines()).contains(Posting.credit(LedgerAccount.REFUNDS_PAYABLE, 7L, 105_000));
        assertThat(refund.total()).isEqualTo(105_000);
    }

    @Test
    void anApprovedSettlementMakesTheNetPayableAndANegativeOneLowersIt() {
        assertThat(PostingRules.settlement(7, "ST-000001", Money.rupiah(86_625)).lines()).containsExactly(
                Posting.debit(LedgerAccount.CONSIGNMENT_UNSETTLED, 7L, 86_625),
                Posting.credit(LedgerAccount.SELLER_PAYABLE, 7L, 86_625));
        assertThat(PostingRules.settlement(7, "ST-000002", Money.rupiah(-1_000)).lines()).containsExactly(
                Posting.debit(LedgerAccount.SELLER_PAYABLE, 7L, 1_000),
                Posting.credit(LedgerAccount.CONSIGNMENT_UNSETTLED, 7L, 1_000));
        assertThatThrownBy(() -> PostingRules.settlement(7, "ST-000003", Money.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ConsignorShare(7, 100, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
