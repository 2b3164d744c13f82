package id.umkm.portal.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostingRulesTest {

    private static final SellerFee FEE = SellerFee.percent("0.3");

    @Test
    void aPaymentIsHeldInFull() {
        Journal j = PostingRules.paymentReceived("CO-1", Money.rupiah(150_000));
        assertThat(j.kind()).isEqualTo(JournalKind.PAYMENT_RECEIVED);
        assertThat(j.sourceReference()).isEqualTo("CO-1");
        assertThat(j.lines()).containsExactly(
                Posting.debit(LedgerAccount.GATEWAY_CLEARING, null, 150_000),
                Posting.credit(LedgerAccount.HELD_FOR_ORDERS, null, 150_000));
    }

    @Test
    void releasingAnOrderPaysTheSellerLessTheFeeAndBalances() {
        Journal j = PostingRules.release(7, "CO-1", "ORD-1", Money.rupiah(150_000), FEE);
        assertThat(j.sourceReference()).isEqualTo("ORD-1");
        assertThat(j.lines()).containsExactly(
                Posting.debit(LedgerAccount.HELD_FOR_ORDERS, null, 150_000),
                Posting.credit(LedgerAccount.SELLER_PAYABLE, 7L, 149_550),
                Posting.credit(LedgerAccount.FEE_INCOME, 7L, 450));
        assertBalanced(j);
    }

    @Test
    void feeIsRoundedHalfUpToWholeRupiah() {
        // 0.3 % of 12.345 = 37,035 → 37; of 12.500 = 37,5 → 38; of 100 = 0,3 → 0.
        assertThat(FEE.on(Money.rupiah(12_345))).isEqualTo(Money.rupiah(37));
        assertThat(FEE.on(Money.rupiah(12_500))).isEqualTo(Money.rupiah(38));
        assertThat(FEE.on(Money.rupiah(100))).isEqualTo(Money.ZERO);
        assertThat(SellerFee.percent("0.7").on(Money.rupiah(1_000_001))).isEqualTo(Money.rupiah(7_000));
        assertThat(SellerFee.percent("100").on(Money.rupiah(999))).isEqualTo(Money.rupiah(999));
    }

    @Test
    void aFeeOfNothingPostsNoFeeLine() {
        Journal j = PostingRules.release(7, "CO-1", "ORD-2", Money.rupiah(100), FEE);
        assertThat(j.lines()).containsExactly(
                Posting.debit(LedgerAccount.HELD_FOR_ORDERS, null, 100),
                Posting.credit(LedgerAccount.SELLER_PAYABLE, 7L, 100));
    }

    @Test
    void everyRuleBalancesForManyAmounts() {
        for (long amount = 1; amount < 2_000_000; amount = amount * 3 + 7) {
            Money m = Money.rupiah(amount);
            for (Journal j : List.of(PostingRules.paymentReceived("CO-" + amount, m),
                    PostingRules.release(1, "CO-" + amount, "ORD-" + amount, m, SellerFee.percent("0.7")),
                    PostingRules.refund(1, "CO-" + amount, "ORD-" + amount, m),
                    PostingRules.payout(1, "PO-1-1", 1, m), PostingRules.payoutSent(1, "PO-1-1", 1, m))) {
                assertBalanced(j);
            }
        }
    }

    @Test
    void refundsAndPayoutsMoveTheRightAccounts() {
        assertThat(PostingRules.refund(3, "CO-9", "ORD-9", Money.rupiah(20_000)).lines()).containsExactly(
                Posting.debit(LedgerAccount.HELD_FOR_ORDERS, null, 20_000),
                Posting.credit(LedgerAccount.REFUNDS_PAYABLE, 3L, 20_000));
        assertThat(PostingRules.payout(3, "PO-5-3", 5, Money.rupiah(60_000)).lines()).containsExactly(
                Posting.debit(LedgerAccount.SELLER_PAYABLE, 3L, 60_000),
                Posting.credit(LedgerAccount.PAYOUTS_IN_TRANSIT, 3L, 60_000));
        assertThat(PostingRules.payoutSent(3, "PO-5-3", 5, Money.rupiah(60_000)).lines()).containsExactly(
                Posting.debit(LedgerAccount.PAYOUTS_IN_TRANSIT, 3L, 60_000),
                Posting.credit(LedgerAccount.BANK, null, 60_000));
    }

    @Test
    void anUnbalancedOrEmptyJournalCannotBeMade() {
        assertThatThrownBy(() -> new Journal(JournalKind.PAYOUT, "X", null, null, null, "x", List.of(
                Posting.debit(LedgerAccount.SELLER_PAYABLE, 1L, 100), Posting.credit(LedgerAccount.BANK, null, 99))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unbalanced");
        assertThatThrownBy(() -> new Journal(JournalKind.PAYOUT, "X", null, null, null, "x", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Posting(LedgerAccount.BANK, null, 10, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Posting.debit(LedgerAccount.BANK, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PostingRules.paymentReceived("CO-1", Money.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SellerFee.percent("-1")).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertBalanced(Journal j) {
        assertThat(j.lines().stream().mapToLong(Posting::debit).sum())
                .as(j.kind() + " " + j.sourceReference())
                .isEqualTo(j.lines().stream().mapToLong(Posting::credit).sum());
        assertThat(j.lines()).allSatisfy(l -> assertThat(l.debit() + l.credit()).isPositive());
    }
}
