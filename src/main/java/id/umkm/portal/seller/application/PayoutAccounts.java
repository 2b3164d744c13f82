package id.umkm.portal.seller.application;

import java.util.Optional;

/** The payout account a seller gave in onboarding, for paying the seller out; empty when none is given yet. */
public interface PayoutAccounts {

    Optional<PayoutAccount> of(long sellerId);
}
