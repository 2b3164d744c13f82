package id.umkm.portal.seller.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What people type is tidied before the rules look at it, the same for the pages and the API. */
class InputTidyingTest {

    @Test
    void numbersLoseTheSpacesDashesAndDotsPeopleCopyThemWith() {
        assertThat(new BusinessDetails(" Amplang Hasanah ", "Ibu Hasanah", "9120 0012-3456.1", (short) 8, "MICRO", true).nib())
                .isEqualTo("9120001234561");
        PayoutDetails payout = new PayoutDetails("BANK", "BRI", "0023-0100 4455.502", "  Darmawan ", "id 1023456789",
                "2066-4710-1002-125", "  ");
        assertThat(payout.accountNumber()).isEqualTo("002301004455502");
        assertThat(payout.accountHolder()).isEqualTo("Darmawan");
        assertThat(payout.qrisNmid()).isEqualTo("ID1023456789");
        assertThat(payout.pirtNumber()).isEqualTo("206647101002125");
        assertThat(payout.halalNumber()).as("blank optional answers count as none").isNull();
    }

    @Test
    void blankAnswersBecomeNoAnswerSoRequiredRulesCatchThem() {
        BusinessDetails business = new BusinessDetails("   ", "", null, null, " ", false);
        assertThat(business.businessName()).isNull();
        assertThat(business.ownerName()).isNull();
        assertThat(business.scale()).isNull();
        LocationDetails location = new LocationDetails((short) 3, (short) 15, " Jl. A ", " ", "\n");
        assertThat(location.address()).isEqualTo("Jl. A");
        assertThat(location.phone()).isNull();
        assertThat(location.description()).isNull();
    }
}
