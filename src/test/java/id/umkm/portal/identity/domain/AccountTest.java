package id.umkm.portal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    @Test
    void aSelfRegisteredSellerAlsoBuysAndMustVerifyTheirEmail() {
        Account seller = Account.register("  Siti@Contoh.ID ", " Siti ", "hash", Role.SELLER, Locale.forLanguageTag("id"), NOW);
        assertThat(seller.getEmail()).isEqualTo("siti@contoh.id");
        assertThat(seller.getFullName()).isEqualTo("Siti");
        assertThat(seller.getRoles()).containsExactlyInAnyOrder(Role.SELLER, Role.BUYER);
        assertThat(seller.getStatus()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
        assertThat(seller.landingPath()).isEqualTo("/seller/");

        seller.verifyEmail(NOW);
        assertThat(seller.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void staffRolesCannotBeChosenAtRegistration() {
        assertThatThrownBy(() -> Account.register("a@b.id", "A", "h", Role.ADMIN, Locale.ENGLISH, NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void enablingADisabledAccountRestoresWhatItWasBefore() {
        Account account = Account.register("a@b.id", "A", "h", Role.BUYER, Locale.ENGLISH, NOW);
        account.disable();
        account.enable();
        assertThat(account.getStatus()).as("never verified").isEqualTo(AccountStatus.PENDING_VERIFICATION);
        account.verifyEmail(NOW);
        account.disable();
        assertThat(account.getStatus()).isEqualTo(AccountStatus.DISABLED);
        account.verifyEmail(NOW);
        assertThat(account.getStatus()).as("a mail link does not re-enable").isEqualTo(AccountStatus.DISABLED);
        account.enable();
        assertThat(account.getStatus()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void theMostSpecificRoleDecidesTheLandingPage() {
        Account account = Account.register("a@b.id", "A", "h", Role.BUYER, Locale.ENGLISH, NOW);
        assertThat(account.landingPath()).isEqualTo("/account/");
        account.grant(Role.LICENSING_OFFICER);
        assertThat(account.landingPath()).isEqualTo("/licensing/");
        account.grant(Role.ADMIN);
        assertThat(account.landingPath()).isEqualTo("/admin/");
    }
}
