package id.umkm.portal.catalog.domain;

import java.io.Serializable;

/** A variant as the seller describes it: a size and/or a colour, with its own price and stock. */
public record VariantSpec(String size, String colour, Long priceRupiah, Integer stock) implements Serializable {

    public String key() {
        return (clean(size) + "|" + clean(colour)).toLowerCase(java.util.Locale.ROOT);
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
