package id.umkm.portal.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The business categories (reference data) for the product form and the import. */
@ApplicationScoped
public class ProductCategories {

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    @SuppressWarnings("unchecked")
    public List<ProductCategoryOption> all() {
        List<Object[]> rows = em.createNativeQuery(
                "SELECT id, slug, name_id, name_en FROM business_category ORDER BY sort_order").getResultList();
        return rows.stream().map(r -> new ProductCategoryOption(((Number) r[0]).shortValue(), (String) r[1],
                (String) r[2], (String) r[3])).toList();
    }

    /** Ids by slug and by the id written as a number, as an import cell may give either. */
    public Map<String, Short> byImportName() {
        Map<String, Short> ids = new HashMap<>();
        for (ProductCategoryOption c : all()) {
            ids.put(c.slug(), c.id());
            ids.put(Short.toString(c.id()), c.id());
        }
        return ids;
    }
}
