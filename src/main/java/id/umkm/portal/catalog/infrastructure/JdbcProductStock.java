package id.umkm.portal.catalog.infrastructure;

import id.umkm.portal.catalog.application.ProductStock;
import id.umkm.portal.catalog.domain.CatalogUrls;
import id.umkm.portal.shared.domain.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Stock kept in the product rows. A variant's stock is counted in its own row and in the product's
 * total, so both move together; each update bumps the row's version, so a seller's edit form opened
 * before the sale cannot write the old stock back.
 */
@ApplicationScoped
public class JdbcProductStock implements ProductStock {

    private static final String SELECT = "SELECT p.id, COALESCE(v.id, 0), p.seller_id, p.name, v.size, v.colour,"
            + " COALESCE(v.price_rupiah, p.price_rupiah), COALESCE(v.stock, p.stock), p.visible, p.has_variants, p.slug,"
            + " p.cover_media_id FROM product p";

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @Override
    public Optional<Sellable> find(long productId, long variantId) {
        List<?> rows = variantId == 0
                ? em.createNativeQuery(SELECT + " LEFT JOIN product_variant v ON FALSE WHERE p.id = ?1")
                        .setParameter(1, productId).getResultList()
                : em.createNativeQuery(SELECT + " JOIN product_variant v ON v.product_id = p.id WHERE p.id = ?1 AND v.id = ?2")
                        .setParameter(1, productId).setParameter(2, variantId).getResultList();
        return rows.stream().map(r -> sellable((Object[]) r))
                // A product with variants is bought by variant only.
                .filter(s -> variantId != 0 || !hasVariants((Object[]) rows.get(0)))
                .findFirst();
    }

    @Override
    public List<Sellable> variants(long productId) {
        List<?> rows = em.createNativeQuery(SELECT + " JOIN product_variant v ON v.product_id = p.id WHERE p.id = ?1"
                + " ORDER BY v.sort_order, v.id").setParameter(1, productId).getResultList();
        return rows.stream().map(r -> sellable((Object[]) r)).toList();
    }

    @Override
    public boolean reserve(long productId, long variantId, int quantity) {
        if (variantId != 0) {
            int taken = em.createNativeQuery("UPDATE product_variant SET stock = stock - ?1, version = version + 1"
                            + " WHERE id = ?2 AND product_id = ?3 AND stock >= ?1")
                    .setParameter(1, quantity).setParameter(2, variantId).setParameter(3, productId).executeUpdate();
            if (taken != 1) {
                return false;
            }
        }
        return em.createNativeQuery("UPDATE product SET stock = stock - ?1, version = version + 1 WHERE id = ?2 AND stock >= ?1")
                .setParameter(1, quantity).setParameter(2, productId).executeUpdate() == 1;
    }

    @Override
    public void release(long productId, long variantId, int quantity) {
        if (variantId != 0) {
            em.createNativeQuery("UPDATE product_variant SET stock = stock + ?1, version = version + 1 WHERE id = ?2")
                    .setParameter(1, quantity).setParameter(2, variantId).executeUpdate();
        }
        em.createNativeQuery("UPDATE product SET stock = stock + ?1, version = version + 1 WHERE id = ?2")
                .setParameter(1, quantity).setParameter(2, productId).executeUpdate();
    }

    private static boolean hasVariants(Object[] row) {
        return truth(row[9]);
    }

    private static Sellable sellable(Object[] r) {
        String label = variantLabel((String) r[4], (String) r[5]);
        String name = label.isEmpty() ? (String) r[3] : r[3] + " (" + label + ")";
        long id = ((Number) r[0]).longValue();
        return new Sellable(id, ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), name,
                Money.rupiah(((Number) r[6]).longValue()), ((Number) r[7]).intValue(), truth(r[8]),
                CatalogUrls.product(id, (String) r[10]), r[11] == null ? null : ((Number) r[11]).longValue());
    }

    private static String variantLabel(String size, String colour) {
        String s = size == null ? "" : size.strip();
        String c = colour == null ? "" : colour.strip();
        return s.isEmpty() ? c : c.isEmpty() ? s : s + ", " + c;
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }
}
