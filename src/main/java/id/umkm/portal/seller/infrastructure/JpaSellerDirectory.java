package id.umkm.portal.seller.infrastructure;

import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.seller.domain.SellerRepository;
import id.umkm.portal.seller.domain.SellerStatus;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaSellerDirectory implements SellerDirectory {

    @Inject
    private SellerRepository sellers;

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

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

    @Override
    public List<SellerSummary> verifiedNamed(String words, int limit) {
        String like = "%" + (words == null ? "" : words.strip().toLowerCase().replace("%", "").replace("_", "")) + "%";
        return em.createQuery("SELECT s FROM Seller s WHERE s.status = :verified AND LOWER(s.businessName) LIKE :like"
                        + " ORDER BY s.businessName", Seller.class)
                .setParameter("verified", SellerStatus.VERIFIED).setParameter("like", like).setMaxResults(limit)
                .getResultStream().map(JpaSellerDirectory::summary).toList();
    }

    static SellerSummary summary(Seller s) {
        return new SellerSummary(s.getId(), s.getAccountId(), s.getSlug(), s.getBusinessName(), s.getStatus().name(),
                s.getKecamatanId(), s.getKelurahanId(), s.getCategoryId(),
                s.getScale() == null ? null : s.getScale().name(), s.isNibVerified(), s.isWomenLed());
    }
}
