package id.umkm.portal.catalog.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The import file's columns, in the template's order, with the English names also accepted. */
public final class ProductImportColumns {

    public static final String NAME = "nama";
    public static final String DESCRIPTION = "deskripsi";
    public static final String CATEGORY = "kategori";
    public static final String PRICE = "harga";
    public static final String STOCK = "stok";
    public static final String UNIT = "satuan";
    public static final String WEIGHT = "berat_gram";
    public static final String STATUS = "status";

    public static final List<String> ALL = List.of(NAME, DESCRIPTION, CATEGORY, PRICE, STOCK, UNIT, WEIGHT, STATUS);
    public static final List<String> REQUIRED = List.of(NAME, CATEGORY, PRICE, STOCK, UNIT);

    private static final Map<String, String> ENGLISH = Map.of("name", NAME, "description", DESCRIPTION,
            "category", CATEGORY, "price", PRICE, "stock", STOCK, "unit", UNIT, "weight_grams", WEIGHT);

    /** The product rule's field names, as the columns that hold them. */
    private static final Map<String, String> BY_FIELD = Map.of("name", NAME, "description", DESCRIPTION,
            "categoryId", CATEGORY, "price", PRICE, "stock", STOCK, "unit", UNIT, "weightGrams", WEIGHT, "status", STATUS);

    private ProductImportColumns() {
    }

    public static Optional<String> of(String header) {
        String name = header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (ALL.contains(name)) {
            return Optional.of(name);
        }
        return Optional.ofNullable(ENGLISH.get(name));
    }

    public static String forField(String field) {
        return field == null ? "" : BY_FIELD.getOrDefault(field, field);
    }
}
