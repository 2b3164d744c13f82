package id.umkm.portal.seller.infrastructure;

import id.umkm.portal.seller.domain.Seller;
import id.umkm.portal.seller.domain.SellerRepository;
import id.umkm.portal.seller.domain.SellerReview;
import id.umkm.portal.seller.domain.SellerStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaSellerRepository implements SellerRepository {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Override
    public Optional<Seller> find(long sellerId) {
        return Optional.ofNullable(em.find(Seller.class, sellerId));
    }

    @Override
    public Optional<Seller> forAccount(long accountId) {
        return em.createQuery("SELECT s FROM Seller s WHERE s.accountId = :account", Seller.class)
                .setParameter("account", accountId)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Seller> bySlug(String slug) {
        return em.createQuery("SELECT s FROM Seller s WHERE s.slug = :slug", Seller.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Seller> findForUpdate(long sellerId) {
        return Optional.ofNullable(em.find(Seller.class, sellerId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Seller add(Seller seller) {
        em.persist(seller);
        return seller;
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public List<Seller> withNib(String nib) {
        return em.createQuery("SELECT s FROM Seller s WHERE s.nib = :nib", Seller.class).setParameter("nib", nib)
                .getResultList();
    }

    @Override
    public boolean nibTakenByOther(String nib, long accountId) {
        return !em.createQuery("SELECT s.id FROM Seller s WHERE s.nib = :nib AND s.accountId <> :account", Long.class)
                .setParameter("nib", nib)
                .setParameter("account", accountId)
                .getResultList().isEmpty();
    }

    @Override
    public List<String> slugsLike(String base) {
        return em.createQuery("SELECT s.slug FROM Seller s WHERE s.slug = :base OR s.slug LIKE :numbered", String.class)
                .setParameter("base", base)
                .setParameter("numbered", base.replace("_", "\\_").replace("%", "\\%") + "-%")
                .getResultList();
    }

    @Override
    public List<Seller> queue() {
        return em.createQuery("""
                SELECT s FROM Seller s
                WHERE s.status = :submitted OR (s.status = :verified AND s.changesPending = TRUE)
                ORDER BY COALESCE(s.changedAt, s.submittedAt), s.id""", Seller.class)
                .setParameter("submitted", SellerStatus.SUBMITTED)
                .setParameter("verified", SellerStatus.VERIFIED)
                .getResultList();
    }

    @Override
    public void addReview(SellerReview review) {
        em.persist(review);
    }

    @Override
    public List<SellerReview> reviews(long sellerId) {
        return em.createQuery("SELECT r FROM SellerReview r WHERE r.sellerId = :seller ORDER BY r.decidedAt DESC, r.id DESC",
                        SellerReview.class)
                .setParameter("seller", sellerId)
                .getResultList();
    }
}
