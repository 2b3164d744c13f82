package id.umkm.portal.seller.infrastructure;

import id.umkm.portal.seller.application.PayoutAccount;
import id.umkm.portal.seller.application.PayoutAccounts;
import id.umkm.portal.seller.domain.SellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaPayoutAccounts implements PayoutAccounts {

    @Inject
    private SellerRepository sellers;

    @Override
    public Optional<PayoutAccount> of(long sellerId) {
        return sellers.find(sellerId)
                .filter(s -> s.getPayoutProvider() != null && s.getPayoutAccountNumber() != null)
                .map(s -> new PayoutAccount(s.getId(), s.getBusinessName(), s.getPayoutProvider().method().name(),
                        s.getPayoutProvider().label(), s.getPayoutAccountNumber(), s.getPayoutAccountHolder()));
    }
}
