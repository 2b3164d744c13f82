package id.umkm.portal.catalog.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The catalogue's shareable addresses: /katalog, /p/{id}-{slug} and /toko/{sellerSlug}. */
public final class CatalogUrls {

    public static final String CATALOG = "/katalog";
    public static final String PRODUCT_PREFIX = "/p/";
    public static final String STORE_PREFIX = "/toko/";

    private static final Pattern PRODUCT_PATH = Pattern.compile("^/p/([1-9][0-9]{0,17})(?:-([^/]*))?/?$");
    private static final Pattern STORE_PATH = Pattern.compile("^/toko/([a-z0-9][a-z0-9-]{0,79})/?$");
    private static final int MAX_SLUG = 80;

    private CatalogUrls() {
    }

    public static String product(long id, String slug) {
        return PRODUCT_PREFIX + id + (slug == null || slug.isEmpty() ? "" : "-" + slug);
    }

    public static String store(String sellerSlug) {
        return STORE_PREFIX + sellerSlug;
    }

    /** A product address's id and the slug it was asked with ("" when none). */
    public record ProductPath(long id, String slug) {
    }

    public static Optional<ProductPath> parseProduct(String path) {
        Matcher m = PRODUCT_PATH.matcher(path);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ProductPath(Long.parseLong(m.group(1)), m.group(2) == null ? "" : m.group(2)));
    }

    public static Optional<String> parseStore(String path) {
        Matcher m = STORE_PATH.matcher(path);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** "Keripik Pisang Balado 250 gr" becomes "keripik-pisang-balado-250-gr"; accents are dropped. */
    public static String slugify(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (ascii.length() > MAX_SLUG) {
            ascii = ascii.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return ascii;
    }
}
