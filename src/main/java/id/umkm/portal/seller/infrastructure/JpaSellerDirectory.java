package id.umkm.portal.seller.infrastructure;

import id.umkm.portal.seller.application.SellerDirectory;
import id.umkm.portal.seller.application.SellerSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Reads the seller table for the contexts above. Temporary: the seller branch brings the real
 * implementation over its own entity; this one goes at merge.
 */
@ApplicationScoped
public class JpaSellerDirectory implements SellerDirectory {

    private static final String COLUMNS = "SELECT id, account_id, slug, business_name, status, kecamatan_id,"
            + " kelurahan_id, category_id, scale, nib_verified FROM seller WHERE ";

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Override
    public Optional<SellerSummary> find(long sellerId) {
        return one(COLUMNS + "id = ?", sellerId);
    }

    @Override
    public Optional<SellerSummary> forAccount(long accountId) {
        return one(COLUMNS + "account_id = ?", accountId);
    }

    @Override
    public Optional<SellerSummary> bySlug(String slug) {
        return one(COLUMNS + "slug = ?", slug);
    }

    private Optional<SellerSummary> one(String sql, Object key) {
        List<?> rows = em.createNativeQuery(sql).setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new SellerSummary(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                (String) r[3], (String) r[4], toShort(r[5]), toShort(r[6]), toShort(r[7]), (String) r[8],
                r[9] instanceof Boolean b ? b : r[9] != null && ((Number) r[9]).intValue() != 0));
    }

    private static Short toShort(Object value) {
        return value == null ? null : ((Number) value).shortValue();
    }
}
