package id.umkm.portal.catalog.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The reference data the catalogue filters by (V2's categories and kecamatan), looked up by id and by slug. */
public final class CatalogReference {

    public record Category(short id, String slug, String nameId, String nameEn) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameId;
        }
    }

    public record Kecamatan(short id, String slug, String name) {
    }

    private final List<Category> categories;
    private final List<Kecamatan> kecamatan;
    private final Map<Short, Category> categoryById;
    private final Map<String, Category> categoryBySlug;
    private final Map<Short, Kecamatan> kecamatanById;
    private final Map<String, Kecamatan> kecamatanBySlug;

    public CatalogReference(List<Category> categories, List<Kecamatan> kecamatan) {
        this.categories = List.copyOf(categories);
        this.kecamatan = List.copyOf(kecamatan);
        this.categoryById = categories.stream().collect(Collectors.toMap(Category::id, Function.identity()));
        this.categoryBySlug = categories.stream().collect(Collectors.toMap(Category::slug, Function.identity()));
        this.kecamatanById = kecamatan.stream().collect(Collectors.toMap(Kecamatan::id, Function.identity()));
        this.kecamatanBySlug = kecamatan.stream().collect(Collectors.toMap(Kecamatan::slug, Function.identity()));
    }

    public List<Category> categories() {
        return categories;
    }

    public List<Kecamatan> kecamatan() {
        return kecamatan;
    }

    public Category category(short id) {
        return categoryById.get(id);
    }

    public Kecamatan kecamatan(short id) {
        return kecamatanById.get(id);
    }

    public Optional<Category> categoryBySlug(String slug) {
        return Optional.ofNullable(categoryBySlug.get(slug));
    }

    public Optional<Kecamatan> kecamatanBySlug(String slug) {
        return Optional.ofNullable(kecamatanBySlug.get(slug));
    }
}
