package id.umkm.portal.catalog.infrastructure;

import id.umkm.portal.catalog.domain.Product;
import id.umkm.portal.catalog.domain.ProductRepository;
import id.umkm.portal.catalog.domain.ProductStatus;
import jakarta.enterprise.context.ApplicationScoped;
import id.umkm.portal.shared.domain.RuleViolation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class JpaProductRepository implements ProductRepository {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Override
    public Optional<Product> find(long sellerId, long productId) {
        return em.createQuery("SELECT p FROM Product p WHERE p.id = :id AND p.sellerId = :seller", Product.class)
                .setParameter("id", productId).setParameter("seller", sellerId)
                .getResultStream().findFirst();
    }

    @Override
    public List<Product> list(long sellerId, ProductStatus status, String nameContains, int limit) {
        String search = nameContains == null ? "" : nameContains.strip().toLowerCase(Locale.ROOT);
        TypedQuery<Product> query = em.createQuery("SELECT p FROM Product p WHERE p.sellerId = :seller"
                        + (status == null ? "" : " AND p.status = :status")
                        + (search.isEmpty() ? "" : " AND LOWER(p.name) LIKE :search")
                        + " ORDER BY p.updatedAt DESC, p.id DESC", Product.class)
                .setParameter("seller", sellerId)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (!search.isEmpty()) {
            query.setParameter("search", "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return query.getResultList();
    }

    @Override
    public boolean nameTaken(long sellerId, String name, Long exceptProductId) {
        // The column's collation compares case- and accent-insensitively, as the unique key does.
        Number count = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM product WHERE seller_id = ? AND name = ? AND id <> ?")
                .setParameter(1, sellerId).setParameter(2, name)
                .setParameter(3, exceptProductId == null ? -1L : exceptProductId)
                .getSingleResult();
        return count.longValue() > 0;
    }

    @Override
    public void add(Product product) {
        em.persist(product);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> photos(long productId) {
        List<Number> ids = em.createNativeQuery("SELECT media_id FROM product_photo WHERE product_id = ? ORDER BY position")
                .setParameter(1, productId).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public void replacePhotos(long productId, List<Long> mediaIds) {
        em.createNativeQuery("DELETE FROM product_photo WHERE product_id = ?").setParameter(1, productId).executeUpdate();
        for (int position = 0; position < mediaIds.size(); position++) {
            em.createNativeQuery("INSERT INTO product_photo (product_id, position, media_id) VALUES (?, ?, ?)")
                    .setParameter(1, productId).setParameter(2, position).setParameter(3, mediaIds.get(position))
                    .executeUpdate();
        }
    }

    @Override
    public int followSeller(long sellerId) {
        // Changes the entity manager holds (the seller's own update, in this transaction) go first.
        em.flush();
        return em.createNativeQuery("UPDATE product p JOIN seller s ON s.id = p.seller_id"
                        + " SET p.kecamatan_id = s.kecamatan_id, p.seller_scale = s.scale,"
                        + " p.visible = (p.status = 'PUBLISHED' AND s.status = 'VERIFIED'"
                        + " AND s.kecamatan_id IS NOT NULL AND s.scale IS NOT NULL)"
                        + " WHERE p.seller_id = ?")
                .setParameter(1, sellerId).executeUpdate();
    }

    @Override
    public void flushChecked() {
        try {
            em.flush();
        } catch (OptimisticLockException changed) {
            throw RuleViolation.conflict(null, "product.changedMeanwhile");
        } catch (PersistenceException failed) {
            if (mentions(failed, "uq_product_seller_name")) {
                throw RuleViolation.conflict("name", "product.name.taken");
            }
            throw failed;
        }
    }

    private static boolean mentions(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean categoryExists(short categoryId) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM business_category WHERE id = ?")
                .setParameter(1, categoryId).getSingleResult();
        return count.longValue() > 0;
    }
}
