package id.umkm.portal.seller.domain;

import java.text.Normalizer;
import java.util.Locale;

/** Storefront addresses (/toko/{slug}) made from business names: ASCII, lower case, hyphens. */
public final class Slugs {

    static final int MAX_BASE_LENGTH = 70;
    private static final String FALLBACK = "toko";

    private Slugs() {
    }

    /** "Kue Ma’ruf &amp; Anak" becomes "kue-maruf-dan-anak"; "Café Éclair" becomes "cafe-eclair". */
    public static String of(String businessName) {
        String text = Normalizer.normalize(businessName == null ? "" : businessName, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                // Apostrophes join a word (Ma'ruf, Jum'at): drop them rather than split the word.
                .replaceAll("['’‘`´ʼ]", "")
                .replace("&", " dan ")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        if (text.length() > MAX_BASE_LENGTH) {
            text = text.substring(0, MAX_BASE_LENGTH).replaceAll("-+$", "");
        }
        return text.isEmpty() ? FALLBACK : text;
    }

    /** The n-th candidate for a base: the base itself, then base-2, base-3 and so on. */
    public static String candidate(String base, int n) {
        return n <= 1 ? base : base + "-" + n;
    }
}
