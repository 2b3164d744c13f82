package id.umkm.portal.catalog.domain;

import id.umkm.portal.shared.domain.RuleViolation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a seller says about a product. {@link #validated()} applies the rules every way in (page,
 * API, import) shares, naming the field at fault; with variants, price and stock follow from them.
 */
public record ProductDetails(String name, String description, Short categoryId, Long priceRupiah, Integer stock,
        String unit, Integer weightGrams, List<VariantSpec> variants) {

    public static final long MAX_PRICE = 1_000_000_000L;
    public static final int MAX_STOCK = 1_000_000;
    public static final int MAX_WEIGHT_GRAMS = 1_000_000;
    public static final int MAX_VARIANTS = 30;
    public static final int MAX_DESCRIPTION = 5000;

    public ProductDetails {
        variants = variants == null ? List.of() : List.copyOf(variants);
    }

    public boolean hasVariants() {
        return !variants.isEmpty();
    }

    public ProductDetails validated() {
        String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (cleanName.length() < 3) {
            throw new RuleViolation("name", "product.name.required");
        }
        if (cleanName.length() > 150) {
            throw new RuleViolation("name", "product.name.tooLong", 150);
        }
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        if (cleanDescription != null && cleanDescription.length() > MAX_DESCRIPTION) {
            throw new RuleViolation("description", "product.description.tooLong", MAX_DESCRIPTION);
        }
        if (categoryId == null) {
            throw new RuleViolation("categoryId", "product.category.required");
        }
        ProductUnit productUnit = ProductUnit.of(unit)
                .orElseThrow(() -> new RuleViolation("unit", "product.unit.unknown", String.join(", ", ProductUnit.codes())));
        if (weightGrams != null && (weightGrams < 1 || weightGrams > MAX_WEIGHT_GRAMS)) {
            throw new RuleViolation("weightGrams", "product.weight.range", MAX_WEIGHT_GRAMS);
        }
        List<VariantSpec> cleanVariants = validatedVariants();
        long price;
        int totalStock;
        if (cleanVariants.isEmpty()) {
            checkPrice("price", priceRupiah);
            checkStock("stock", stock);
            price = priceRupiah;
            totalStock = stock;
        } else {
            price = cleanVariants.stream().mapToLong(VariantSpec::priceRupiah).min().orElseThrow();
            long sum = cleanVariants.stream().mapToLong(VariantSpec::stock).sum();
            if (sum > MAX_STOCK) {
                throw new RuleViolation("variants", "product.stock.range", MAX_STOCK);
            }
            totalStock = (int) sum;
        }
        return new ProductDetails(cleanName, cleanDescription, categoryId, price, totalStock, productUnit.code(),
                weightGrams, cleanVariants);
    }

    private List<VariantSpec> validatedVariants() {
        if (variants.size() > MAX_VARIANTS) {
            throw new RuleViolation("variants", "product.variants.tooMany", MAX_VARIANTS);
        }
        List<VariantSpec> clean = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (VariantSpec v : variants) {
            String size = VariantSpec.clean(v.size());
            String colour = VariantSpec.clean(v.colour());
            if (size.isEmpty() && colour.isEmpty()) {
                throw new RuleViolation("variants", "product.variant.nameRequired");
            }
            if (size.length() > 20 || colour.length() > 30) {
                throw new RuleViolation("variants", "product.variant.nameTooLong");
            }
            checkPrice("variants", v.priceRupiah());
            checkStock("variants", v.stock());
            VariantSpec cleaned = new VariantSpec(size, colour, v.priceRupiah(), v.stock());
            if (!seen.add(cleaned.key())) {
                throw new RuleViolation("variants", "product.variant.duplicate", label(cleaned));
            }
            clean.add(cleaned);
        }
        return clean;
    }

    static String label(VariantSpec v) {
        return v.size().isEmpty() ? v.colour() : v.colour().isEmpty() ? v.size() : v.size() + " / " + v.colour();
    }

    private static void checkPrice(String field, Long rupiah) {
        if (rupiah == null || rupiah < 1) {
            throw new RuleViolation(field, "product.price.required");
        }
        if (rupiah > MAX_PRICE) {
            throw new RuleViolation(field, "product.price.tooHigh", "Rp 1.000.000.000");
        }
    }

    private static void checkStock(String field, Integer stock) {
        if (stock == null || stock < 0 || stock > MAX_STOCK) {
            throw new RuleViolation(field, "product.stock.range", MAX_STOCK);
        }
    }
}
