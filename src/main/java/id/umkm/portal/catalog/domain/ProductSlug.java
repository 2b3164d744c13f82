package id.umkm.portal.catalog.domain;

import java.text.Normalizer;
import java.util.Locale;

/** The readable part of a product's address /p/{id}-{slug}; the id makes it unique, so the slug need not be. */
public final class ProductSlug {

    static final int MAX_LENGTH = 150;

    private ProductSlug() {
    }

    public static String of(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " dan ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (plain.length() > MAX_LENGTH) {
            plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "produk" : plain;
    }
}
