package id.umkm.portal.seller.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.RuleViolation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SellerStatusMachineTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void completeProfileGoesDraftSubmittedVerifiedSuspendedVerified() {
        Seller seller = complete();
        assertThat(seller.getStatus()).isEqualTo(SellerStatus.DRAFT);
        seller.submit("amplang-hasanah", NOW);
        assertThat(seller.getStatus()).isEqualTo(SellerStatus.SUBMITTED);
        assertThat(seller.getSlug()).isEqualTo("amplang-hasanah");
        seller.verify(NOW);
        assertThat(seller.getStatus()).isEqualTo(SellerStatus.VERIFIED);
        seller.suspend("Produk tidak sesuai izin", NOW);
        assertThat(seller.getStatus()).isEqualTo(SellerStatus.SUSPENDED);
        assertThat(seller.getReviewNote()).isEqualTo("Produk tidak sesuai izin");
        seller.reinstate(NOW);
        assertThat(seller.getStatus()).isEqualTo(SellerStatus.VERIFIED);
        assertThat(seller.getReviewNote()).isNull();
    }

    @Test
    void rejectedProfileCanBeFixedAndResubmittedKeepingItsSlug() {
        Seller seller = complete();
        seller.submit("amplang-hasanah", NOW);
        seller.reject("Foto KTP buram", NOW);
        assertThat(seller.getStatus()).isEqualTo(SellerStatus.REJECTED);
        assertThat(seller.getReviewNote()).isEqualTo("Foto KTP buram");
        seller.submit("amplang-hasanah-2", NOW);
        assertThat(seller.getStatus()).isEqualTo(SellerStatus.SUBMITTED);
        assertThat(seller.getSlug()).as("the storefront address is fixed at the first submission").isEqualTo("amplang-hasanah");
    }

    @Test
    void illegalMovesAreRefused() {
        Seller draft = complete();
        assertThatThrownBy(() -> draft.verify(NOW)).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("seller.status.illegalMove");
        assertThatThrownBy(() -> draft.suspend("x", NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> draft.reject("x", NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> draft.reinstate(NOW)).isInstanceOf(RuleViolation.class);

        Seller submitted = complete();
        submitted.submit("a", NOW);
        assertThatThrownBy(() -> submitted.submit("a", NOW)).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> submitted.suspend("x", NOW)).isInstanceOf(RuleViolation.class);

        Seller verified = complete();
        verified.submit("b", NOW);
        verified.verify(NOW);
        assertThatThrownBy(() -> verified.verify(NOW)).as("nothing to verify again").isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> verified.reject("x", NOW)).as("an unchanged verified profile is suspended, not rejected")
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> verified.submit("b", NOW)).isInstanceOf(RuleViolation.class);

        verified.suspend("x", NOW);
        assertThatThrownBy(() -> verified.locate((short) 1, (short) 1, "Jl. A", "+6281234567890", null, NOW))
                .as("a suspended seller cannot edit").isInstanceOf(RuleViolation.class);
        assertThat(SellerStatus.SUSPENDED.next()).containsExactly(SellerStatus.VERIFIED);
    }

    @Test
    void incompleteProfileCannotBeSubmittedAndSaysWhichStepIsMissing() {
        Seller seller = Seller.start(7, "Amplang Hasanah", NOW);
        seller.describeBusiness("Amplang Hasanah", "Ibu Hasanah", "9120001234561", (short) 8, BusinessScale.MICRO, true, NOW);
        assertThat(seller.getOnboardingStep()).isEqualTo(2);
        assertThatThrownBy(() -> seller.submit("x", NOW)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).args()).containsExactly(2));
        assertThat(seller.getStatus()).isEqualTo(SellerStatus.DRAFT);
        assertThat(seller.getSlug()).isNull();
    }

    @Test
    void verifiedSellerChangingKeyFactsGoesBackToTheQueueButStaysPublic() {
        Seller seller = complete();
        seller.submit("amplang-hasanah", NOW);
        seller.verify(NOW);
        seller.locate((short) 3, (short) 15, "Jl. Baru No. 2", "+6281234567890", "Deskripsi baru", NOW);
        assertThat(seller.isChangesPending()).as("address and description are not key facts").isFalse();

        seller.locate((short) 4, (short) 22, "Jl. Baru No. 2", "+6281234567890", "Deskripsi baru", NOW);
        assertThat(seller.isChangesPending()).isTrue();
        assertThat(seller.getStatus()).isEqualTo(SellerStatus.VERIFIED);
        seller.verify(NOW);
        assertThat(seller.isChangesPending()).isFalse();
        assertThat(seller.getStatus()).isEqualTo(SellerStatus.VERIFIED);

        seller.arrangePayout(PayoutProvider.BNI, "0456789123", "Hasanah", null, null, null, NOW);
        assertThat(seller.isChangesPending()).isTrue();
        seller.reject("Rekening bukan atas nama pemilik usaha", NOW);
        assertThat(seller.getStatus()).isEqualTo(SellerStatus.REJECTED);
        assertThat(seller.isChangesPending()).isFalse();
    }

    static Seller complete() {
        Seller seller = Seller.start(7, "Amplang Hasanah", NOW);
        seller.describeBusiness("Amplang Hasanah", "Ibu Hasanah", "9120001234561", (short) 8, BusinessScale.MICRO, true, NOW);
        seller.locate((short) 3, (short) 15, "Jl. Marsma R. Iswahyudi No. 12", "+6281254001001", null, NOW);
        seller.arrangePayout(PayoutProvider.BANK_KALTIMTARA, "0011223344", "Hasanah", null, null, null, NOW);
        return seller;
    }
}
