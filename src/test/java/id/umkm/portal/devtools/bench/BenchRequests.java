package id.umkm.portal.devtools.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The mix of requests the benchmark's clients send: words, filters, plain browsing, every sort, first pages mostly. */
final class BenchRequests {

    private static final List<String> WORDS = List.of("keripik", "keripik pisang", "amplang", "batik", "kain batik", "madu kelulut",
            "kopi", "sambal", "tas rotan", "ukiran dayak", "nasi kuning", "telur ayam kampung", "laundry", "kue", "bolu pandan",
            "kerupuk udang", "gamis", "anggrek hitam", "kripik", "servis motor", "es teh", "pedas", "oleh-oleh balikpapan", "manik");
    private static final List<String> CATEGORIES = List.of("kue-dan-roti", "keripik-dan-makanan-ringan", "oleh-oleh-khas-kalimantan",
            "batik-dan-tenun-kalimantan", "madu", "minuman", "kerajinan-kayu", "laundry");
    private static final List<String> KECAMATAN = List.of("balikpapan-barat", "balikpapan-kota", "balikpapan-selatan",
            "balikpapan-tengah", "balikpapan-timur", "balikpapan-utara");
    private static final List<String> SORTS = List.of("relevance", "newest", "price-asc", "price-desc");
    private static final List<String> SCALES = List.of("micro", "small", "medium");
    private static final List<String> PAGE_SORTS = List.of("relevansi", "terbaru", "termurah", "termahal");

    private final List<String> productPaths;
    private final List<String> storePaths;

    private BenchRequests(List<String> productPaths, List<String> storePaths) {
        this.productPaths = productPaths;
        this.storePaths = storePaths;
    }

    static BenchRequests load(Connection c) throws SQLException {
        List<String> products = new ArrayList<>();
        List<String> stores = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, slug FROM product WHERE visible = TRUE AND id % 997 = 0 LIMIT 2000")) {
                while (rs.next()) {
                    products.add("/p/" + rs.getLong(1) + "-" + rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT slug FROM seller WHERE status = 'VERIFIED' AND id % 97 = 0 LIMIT 500")) {
                while (rs.next()) {
                    stores.add("/toko/" + rs.getString(1));
                }
            }
        }
        return new BenchRequests(products, stores);
    }

    /** A catalogue API search: words in 60% of requests, a filter or two in about half, mostly the first pages. */
    String apiSearch(SplittableRandom r) {
        StringBuilder url = new StringBuilder("/api/v1/catalog/products?size=24");
        boolean words = r.nextDouble() < 0.6;
        if (words) {
            url.append("&q=").append(encode(pick(WORDS, r)));
        }
        if (r.nextDouble() < 0.35) {
            url.append("&category=").append(pick(CATEGORIES, r));
        }
        if (r.nextDouble() < 0.3) {
            url.append("&kecamatan=").append(pick(KECAMATAN, r));
        }
        if (r.nextDouble() < 0.15) {
            url.append("&minPrice=20000&maxPrice=100000");
        }
        if (r.nextDouble() < 0.1) {
            url.append("&scale=").append(pick(SCALES, r));
        }
        if (r.nextDouble() < 0.5) {
            url.append("&sort=").append(words ? pick(SORTS, r) : pick(SORTS.subList(1, 4), r));
        }
        url.append("&page=").append(r.nextDouble() < 0.7 ? 1 : 2 + r.nextInt(9));
        return url.toString();
    }

    /** A catalogue page: half search or browse pages, the rest product pages and storefronts. */
    String page(SplittableRandom r) {
        double roll = r.nextDouble();
        if (roll < 0.5 || productPaths.isEmpty()) {
            StringBuilder url = new StringBuilder("/katalog?");
            if (r.nextDouble() < 0.6) {
                url.append("q=").append(encode(pick(WORDS, r))).append('&');
            }
            if (r.nextDouble() < 0.4) {
                url.append("kategori=").append(pick(CATEGORIES, r)).append('&');
            }
            if (r.nextDouble() < 0.3) {
                url.append("kecamatan=").append(pick(KECAMATAN, r)).append('&');
            }
            if (r.nextDouble() < 0.3) {
                url.append("urut=").append(pick(PAGE_SORTS.subList(1, 4), r)).append('&');
            }
            url.append("hal=").append(r.nextDouble() < 0.8 ? 1 : 2 + r.nextInt(4));
            return url.toString();
        }
        return roll < 0.85 || storePaths.isEmpty() ? pick(productPaths, r) : pick(storePaths, r);
    }

    private static String pick(List<String> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
