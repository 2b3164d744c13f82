package id.umkm.portal.seller.application;

import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Submits a profile, retrying in a fresh transaction when a concurrent submission took the chosen
 * storefront address: the database's unique key on slug is the judge, the retry picks the next free one.
 */
@ApplicationScoped
public class SellerSubmission {

    private static final int ATTEMPTS = 5;

    @Inject
    private SellerOnboarding onboarding;

    public Seller submit(long accountId, String actor) {
        for (int attempt = 1; ; attempt++) {
            try {
                return onboarding.submitOnce(accountId, actor);
            } catch (SellerOnboarding.SlugTaken e) {
                if (attempt == ATTEMPTS) {
                    throw RuleViolation.conflict(null, "seller.profile.concurrentEdit");
                }
            }
        }
    }
}
