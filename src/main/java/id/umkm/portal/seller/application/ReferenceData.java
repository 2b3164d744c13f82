package id.umkm.portal.seller.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The city's kecamatan and kelurahan and the business categories with their KBLI codes, as the
 * seller forms need them. The tables are fixed by migrations, so plain read-only queries suffice.
 */
@ApplicationScoped
public class ReferenceData {

    public record Place(short id, String name) {
    }

    public record Category(short id, String name) {
    }

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    public List<Place> kecamatan() {
        return places("SELECT id, name FROM kecamatan ORDER BY name");
    }

    public List<Place> kelurahanOf(Short kecamatanId) {
        if (kecamatanId == null) {
            return List.of();
        }
        return rows(em.createNativeQuery("SELECT id, name FROM kelurahan WHERE kecamatan_id = ?1 ORDER BY name")
                .setParameter(1, kecamatanId).getResultList()).stream()
                .map(r -> new Place(((Number) r[0]).shortValue(), (String) r[1])).toList();
    }

    public boolean kelurahanBelongsTo(short kelurahanId, short kecamatanId) {
        return !em.createNativeQuery("SELECT id FROM kelurahan WHERE id = ?1 AND kecamatan_id = ?2")
                .setParameter(1, kelurahanId).setParameter(2, kecamatanId).getResultList().isEmpty();
    }

    public List<Category> categories(Locale locale) {
        String name = "en".equals(locale == null ? null : locale.getLanguage()) ? "name_en" : "name_id";
        return rows(em.createNativeQuery("SELECT id, " + name + " FROM business_category ORDER BY sort_order")
                .getResultList()).stream()
                .map(r -> new Category(((Number) r[0]).shortValue(), (String) r[1])).toList();
    }

    public boolean categoryExists(short categoryId) {
        return !em.createNativeQuery("SELECT id FROM business_category WHERE id = ?1")
                .setParameter(1, categoryId).getResultList().isEmpty();
    }

    public Set<String> kbliOf(short categoryId) {
        List<?> codes = em.createNativeQuery("SELECT kbli FROM business_category_kbli WHERE category_id = ?1")
                .setParameter(1, categoryId).getResultList();
        return codes.stream().map(String::valueOf).collect(Collectors.toSet());
    }

    public Optional<String> kecamatanName(Short id) {
        return id == null ? Optional.empty() : name("SELECT name FROM kecamatan WHERE id = ?1", id);
    }

    public Optional<String> kelurahanName(Short id) {
        return id == null ? Optional.empty() : name("SELECT name FROM kelurahan WHERE id = ?1", id);
    }

    public Optional<String> categoryName(Short id, Locale locale) {
        if (id == null) {
            return Optional.empty();
        }
        String name = "en".equals(locale == null ? null : locale.getLanguage()) ? "name_en" : "name_id";
        return name("SELECT " + name + " FROM business_category WHERE id = ?1", id);
    }

    private Optional<String> name(String sql, Object id) {
        return em.createNativeQuery(sql).setParameter(1, id).getResultList().stream().findFirst().map(String::valueOf);
    }

    private List<Place> places(String sql) {
        return rows(em.createNativeQuery(sql).getResultList()).stream()
                .map(r -> new Place(((Number) r[0]).shortValue(), (String) r[1])).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(List<?> result) {
        return (List<Object[]>) result;
    }
}
