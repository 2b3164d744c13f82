package id.umkm.portal.seller.infrastructure;

import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.seller.domain.SellerRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaSellerDirectory implements SellerDirectory {

    @Inject
    private SellerRepository sellers;

    @Override
    public Optional<SellerSummary> find(long sellerId) {
        return sellers.find(sellerId).map(JpaSellerDirectory::summary);
    }

    @Override
    public Optional<SellerSummary> forAccount(long accountId) {
        return sellers.forAccount(accountId).map(JpaSellerDirectory::summary);
    }

    @Override
    public Optional<SellerSummary> bySlug(String slug) {
        return slug == null ? Optional.empty() : sellers.bySlug(slug).map(JpaSellerDirectory::summary);
    }

    static SellerSummary summary(Seller s) {
        return new SellerSummary(s.getId(), s.getAccountId(), s.getSlug(), s.getBusinessName(), s.getStatus().name(),
                s.getKecamatanId(), s.getKelurahanId(), s.getCategoryId(),
                s.getScale() == null ? null : s.getScale().name(), s.isNibVerified(), s.isWomenLed());
    }
}
