package id.umkm.portal.catalog.infrastructure;

import id.umkm.portal.catalog.application.ListedProducts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

@ApplicationScoped
public class JpaListedProducts implements ListedProducts {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Override
    public long visibleCount(long sellerId) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM product WHERE seller_id = ?1 AND visible = TRUE")
                .setParameter(1, sellerId).getSingleResult();
        return count.longValue();
    }
}
