package id.umkm.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.catalog.CatalogTestData.Product;
import id.umkm.portal.catalog.CatalogTestData.Seller;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public catalogue on a small hand-built city: every searchable product carries one unique word, so
 * counts are exact whatever other tests store. Two verified sellers (Balikpapan Kota, micro; Balikpapan
 * Selatan, small), one seller still waiting for verification, a draft.
 */
class CatalogIT extends PortalIT {

    private static String word;
    private static String rare;
    private static Seller kota;
    private static Seller selatan;
    private static Seller unverified;
    private static Product keripik;
    private static Product amplang;
    private static Product batik;
    private static Product kopi;
    private static Product madu;
    private static Product draft;
    private static Product hidden;

    @BeforeEach
    void city() {
        if (word != null) {
            return;
        }
        word = CatalogTestData.uniqueWord();
        rare = CatalogTestData.uniqueWord();
        kota = CatalogTestData.seller("Dapur Bu Ani", "VERIFIED", 2, 7, "MICRO", true);
        selatan = CatalogTestData.seller("Galeri Borneo", "VERIFIED", 3, 15, "SMALL", false);
        unverified = CatalogTestData.seller("Toko Belum Diperiksa", "SUBMITTED", 3, 15, "MICRO", false);
        keripik = CatalogTestData.product(kota, "Keripik " + rare + " Balado " + word, "Renyah dan pedas.", 3, 15_000, "PUBLISHED", 1);
        amplang = CatalogTestData.product(kota, "Amplang Ikan " + word, "Gurih, dengan rasa " + rare + " yang khas.", 8, 30_000,
                "PUBLISHED", 2);
        batik = CatalogTestData.product(selatan, "Batik Tulis " + word, "Motif sisik naga.", 11, 250_000, "PUBLISHED", 3);
        kopi = CatalogTestData.product(selatan, "Kopi Liberika " + word, "Sangrai sedang.", 24, 60_000, "PUBLISHED", 4);
        madu = CatalogTestData.product(selatan, "Madu Kelulut " + word, "Murni dari hutan Kalimantan.", 23, 120_000, "PUBLISHED", 5);
        draft = CatalogTestData.product(kota, "Keripik Rahasia " + rare + " " + word, "Belum terbit.", 3, 20_000, "DRAFT", 0);
        hidden = CatalogTestData.product(unverified, "Kerupuk " + rare + " " + word, "Penjual belum terverifikasi.", 3, 20_000,
                "PUBLISHED", 0);
        CatalogTestData.variant(batik, "M", "Merah", 250_000, 3, 0);
        CatalogTestData.variant(batik, "L", "Biru", 275_000, 0, 1);
    }

    @Test
    void aNameMatchRanksAboveADescriptionOnlyMatch() {
        JsonObject answer = search("q=" + rare);
        assertThat(answer.getInt("total")).isEqualTo(2);
        assertThat(ids(answer)).containsExactly(keripik.id(), amplang.id());
    }

    @Test
    void facetsCountEachDimensionWithTheOtherFiltersApplied() {
        JsonObject all = search("q=" + word);
        assertThat(all.getInt("total")).isEqualTo(5);
        assertThat(facet(all, "category")).isEqualTo(Map.of("keripik-dan-makanan-ringan", 1, "oleh-oleh-khas-kalimantan", 1,
                "batik-dan-tenun-kalimantan", 1, "kopi-dan-hasil-perkebunan", 1, "madu", 1));
        assertThat(facet(all, "kecamatan")).isEqualTo(Map.of("balikpapan-kota", 2, "balikpapan-selatan", 3));
        assertThat(facet(all, "scale")).isEqualTo(Map.of("micro", 2, "small", 3));
        assertThat(facet(all, "price")).isEqualTo(Map.of("0-24999", 1, "25000-49999", 1, "50000-99999", 1, "100000-249999", 1,
                "250000-499999", 1));

        JsonObject selatanOnly = search("q=" + word + "&kecamatan=balikpapan-selatan");
        assertThat(selatanOnly.getInt("total")).isEqualTo(3);
        assertThat(facet(selatanOnly, "kecamatan")).as("its own facet ignores the kecamatan filter")
                .isEqualTo(Map.of("balikpapan-kota", 2, "balikpapan-selatan", 3));
        assertThat(facet(selatanOnly, "category")).isEqualTo(Map.of("batik-dan-tenun-kalimantan", 1, "kopi-dan-hasil-perkebunan", 1,
                "madu", 1));
        assertThat(facet(selatanOnly, "scale")).isEqualTo(Map.of("small", 3));

        JsonObject from50k = search("q=" + word + "&minPrice=50000");
        assertThat(from50k.getInt("total")).isEqualTo(3);
        assertThat(facet(from50k, "price")).as("the price facet ignores the price range").hasSize(5);
        assertThat(facet(from50k, "kecamatan")).isEqualTo(Map.of("balikpapan-selatan", 3));

        JsonObject combined = search("q=" + word + "&category=madu&scale=small&maxPrice=200000");
        assertThat(ids(combined)).containsExactly(madu.id());
        assertThat(facet(combined, "category")).as("price range and scale applied, not the category")
                .isEqualTo(Map.of("kopi-dan-hasil-perkebunan", 1, "madu", 1));
    }

    /**
     * A common word's result set (1,000 matches or more) is computed once and kept for its filters, sorts
     * and pages: its ranking and counts must be those of a fresh search, and a product hidden after it was
     * computed must not be shown from it.
     */
    @Test
    void aCommonWordsKeptResultRanksAndCountsRightAndNeverShowsAProductHiddenSince() {
        String common = CatalogTestData.uniqueWord();
        CatalogTestData.Seller busy = CatalogTestData.seller("Grosir Serba Ada", "VERIFIED", 4, 20, "MEDIUM", true);
        CatalogTestData.products(busy, "Aneka Kue Kering", "Cocok untuk hantaran, " + common + " asli Balikpapan.", new int[] {1, 3},
                1_200);
        CatalogTestData.Product first = CatalogTestData.product(busy, "Kue " + common + " Premium", "Kemasan toples.", 1, 90_000,
                "PUBLISHED", 1);
        CatalogTestData.Product second = CatalogTestData.product(busy, "Kue " + common + " Hemat", "Kemasan plastik.", 1, 20_000,
                "PUBLISHED", 2);

        JsonObject all = search("q=" + common + "&size=3");
        assertThat(all.getInt("total")).isEqualTo(1_202);
        assertThat(ids(all).subList(0, 2)).as("name matches above 1,200 description matches").containsExactlyInAnyOrder(first.id(),
                second.id());
        assertThat(facet(all, "category")).isEqualTo(Map.of("kue-dan-roti", 602, "keripik-dan-makanan-ringan", 600));
        JsonObject snacks = search("q=" + common + "&category=keripik-dan-makanan-ringan&sort=price-asc&size=2&page=2");
        assertThat(snacks.getInt("total")).isEqualTo(600);
        assertThat(snacks.getJsonArray("items").getJsonObject(0).getJsonNumber("priceRupiah").longValue())
                .as("the 3rd cheapest odd-numbered product").isEqualTo(10_000 + 100 * 5);

        TestDatabase.update("UPDATE product SET status = 'ARCHIVED', visible = FALSE WHERE id = ?", first.id());
        JsonObject after = search("q=" + common + "&size=3");
        assertThat(ids(after)).as("hidden at once, though the kept counts may lag up to their refresh")
                .doesNotContain(first.id()).startsWith(second.id());
        assertThat(new PortalClient(base).get(first.path()).statusCode()).isEqualTo(404);
    }

    @Test
    void sortsAndPagesKeepTheTotal() {
        assertThat(ids(search("q=" + word + "&sort=price-asc"))).containsExactly(keripik.id(), amplang.id(), kopi.id(), madu.id(),
                batik.id());
        assertThat(ids(search("q=" + word + "&sort=price-desc"))).containsExactly(batik.id(), madu.id(), kopi.id(), amplang.id(),
                keripik.id());
        assertThat(ids(search("q=" + word + "&sort=newest"))).containsExactly(keripik.id(), amplang.id(), batik.id(), kopi.id(),
                madu.id());
        JsonObject page1 = search("q=" + word + "&sort=newest&size=2&page=1");
        JsonObject page3 = search("q=" + word + "&sort=newest&size=2&page=3");
        JsonObject page4 = search("q=" + word + "&sort=newest&size=2&page=4");
        assertThat(ids(page1)).containsExactly(keripik.id(), amplang.id());
        assertThat(ids(page3)).containsExactly(madu.id());
        assertThat(ids(page4)).isEmpty();
        assertThat(List.of(page1.getInt("total"), page3.getInt("total"), page4.getInt("total"))).containsOnly(5);
    }

    @Test
    void browsingWithoutWordsUsesTheSameFiltersAndNeverShowsHiddenProducts() {
        JsonObject newest = search("category=madu&kecamatan=balikpapan-selatan&scale=small&sort=newest&size=48");
        assertThat(ids(newest)).contains(madu.id());
        assertThat(newest.getInt("total")).isEqualTo(facet(newest, "category").get("madu"));
        JsonObject keripikCategory = search("category=keripik-dan-makanan-ringan&kecamatan=balikpapan-kota&sort=price-asc&size=48");
        assertThat(ids(keripikCategory)).contains(keripik.id()).doesNotContain(draft.id(), hidden.id());
        // Each filter combination reads its own index (JdbcCatalogSearch.orderedIndex); every one answers in order.
        for (String filters : List.of("category=madu", "kecamatan=balikpapan-kota", "kecamatan=balikpapan-selatan&scale=small")) {
            JsonObject dearest = search(filters + "&sort=price-desc&size=48");
            List<Long> prices = dearest.getJsonArray("items").stream()
                    .map(i -> i.asJsonObject().getJsonNumber("priceRupiah").longValue()).toList();
            assertThat(prices).as(filters).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(dearest.getInt("total")).as(filters).isPositive();
            assertThat(search(filters + "&sort=newest&size=48").getInt("total")).as(filters).isEqualTo(dearest.getInt("total"));
        }
        JsonObject everything = search("size=48&sort=newest");
        assertThat(everything.getInt("total")).isEqualTo(sum(facet(everything, "category")));
        assertThat(ids(everything)).doesNotContain(draft.id(), hidden.id());
    }

    @Test
    void itemsCarryWhatTheApiPromises() {
        JsonObject item = search("q=" + rare).getJsonArray("items").getJsonObject(0);
        assertThat(item.getJsonNumber("id").longValue()).isEqualTo(keripik.id());
        assertThat(item.getString("name")).isEqualTo(keripik.name());
        assertThat(item.getJsonNumber("priceRupiah").longValue()).isEqualTo(15_000);
        assertThat(item.getInt("stock")).isEqualTo(12);
        assertThat(item.getString("category")).isEqualTo("keripik-dan-makanan-ringan");
        assertThat(item.getString("kecamatan")).isEqualTo("balikpapan-kota");
        assertThat(item.getJsonNumber("sellerId").longValue()).isEqualTo(kota.id());
        assertThat(item.getString("sellerName")).isEqualTo("Dapur Bu Ani");
        assertThat(item.getString("url")).isEqualTo(keripik.path());
    }

    @Test
    void hiddenProductsAndUnverifiedSellersNeverAppear() {
        assertThat(ids(search("q=" + word + "&size=48"))).doesNotContain(draft.id(), hidden.id());
        PortalClient client = new PortalClient(base);
        assertThat(client.get("/api/v1/catalog/products/" + keripik.id()).statusCode()).isEqualTo(200);
        assertThat(client.get("/api/v1/catalog/products/" + draft.id()).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/v1/catalog/products/" + hidden.id()).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/v1/catalog/products/999999999").statusCode()).isEqualTo(404);
        assertThat(client.get(draft.path()).statusCode()).isEqualTo(404);
        assertThat(client.get(hidden.path()).statusCode()).isEqualTo(404);
        assertThat(client.get("/toko/" + unverified.slug()).statusCode()).isEqualTo(404);
        HttpResponse<String> store = client.get("/toko/" + kota.slug());
        assertThat(store.statusCode()).isEqualTo(200);
        assertThat(store.body()).contains(keripik.name(), amplang.name()).doesNotContain(draft.name());
        HttpResponse<String> page = client.get("/katalog?q=" + word);
        assertThat(page.body()).contains(keripik.name(), batik.name()).doesNotContain(draft.name(), hidden.name());
    }

    @Test
    void oneProductWithVariantsAndItsSeller() {
        JsonObject p = PortalClient.json(new PortalClient(base).get("/api/v1/catalog/products/" + batik.id()));
        assertThat(p.getString("name")).isEqualTo(batik.name());
        assertThat(p.getString("category")).isEqualTo("batik-dan-tenun-kalimantan");
        assertThat(p.getString("sellerName")).isEqualTo("Galeri Borneo");
        assertThat(p.getString("sellerUrl")).isEqualTo("/toko/" + selatan.slug());
        assertThat(p.getJsonArray("variants")).hasSize(2);
        assertThat(p.getJsonArray("variants").getJsonObject(1).getString("colour")).isEqualTo("Biru");
        assertThat(p.getJsonArray("variants").getJsonObject(1).getJsonNumber("priceRupiah").longValue()).isEqualTo(275_000);
    }

    @Test
    void badParametersAnswer400NamingTheParameter() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("sort=cheapest", "sort");
        cases.put("minPrice=-1", "minPrice");
        cases.put("minPrice=50000&maxPrice=10000", "minPrice");
        cases.put("maxPrice=sepuluh", "maxPrice");
        cases.put("page=0", "page");
        cases.put("page=abc", "page");
        cases.put("size=-3", "size");
        cases.put("category=sepatu-roda", "category");
        cases.put("kecamatan=jakarta-pusat", "kecamatan");
        cases.put("scale=huge", "scale");
        PortalClient client = new PortalClient(base);
        cases.forEach((query, field) -> {
            HttpResponse<String> answer = client.get("/api/v1/catalog/products?" + query);
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonObject problem = PortalClient.json(answer);
            assertThat(problem.getInt("status")).isEqualTo(400);
            assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).as(query).isEqualTo(field);
            assertThat(problem.getString("detail")).isNotBlank();
        });
        assertThat(search("size=500").getInt("size")).as("size is capped").isEqualTo(48);
    }

    @Test
    void aMisspeltWordGetsASuggestionThatFindsSomething() {
        String misspelt = rare.substring(0, 4) + rare.substring(5);
        JsonObject answer = search("q=" + misspelt);
        assertThat(answer.getInt("total")).isZero();
        assertThat(answer.getString("suggestion")).isEqualTo(rare);
        HttpResponse<String> page = new PortalClient(base).get("/katalog?q=" + misspelt);
        assertThat(page.body()).contains("Maksud Anda:", "/katalog?q=" + rare);
    }

    @Test
    void categoriesListEveryCategoryWithBothNames() {
        HttpResponse<String> answer = new PortalClient(base).get("/api/v1/catalog/categories");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonArray categories = Json.createReader(new StringReader(answer.body())).readArray();
        assertThat(categories).hasSize(38);
        JsonObject first = categories.getJsonObject(0);
        assertThat(first.getString("slug")).isEqualTo("kue-dan-roti");
        assertThat(first.getString("nameId")).isEqualTo("Kue dan Roti");
        assertThat(first.getString("nameEn")).isEqualTo("Cakes and Bread");
    }

    @Test
    void cleanAddressesWorkAndRedirectToTheCanonicalOne() {
        PortalClient client = new PortalClient(base);
        HttpResponse<String> page = client.get(keripik.path());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(keripik.name(), "Rp 15.000", "/toko/" + kota.slug());
        String share = page.body().substring(page.body().indexOf("https://wa.me/?text="));
        share = share.substring(0, share.indexOf('"')).replace("&amp;", "&");
        assertThat(URLDecoder.decode(share.substring("https://wa.me/?text=".length()), StandardCharsets.UTF_8))
                .startsWith(keripik.name() + " http").endsWith(keripik.path());

        for (String stale : List.of("/p/" + keripik.id(), "/p/" + keripik.id() + "-old-name", "/catalog/product.xhtml?id=" + keripik.id())) {
            HttpResponse<String> moved = client.get(stale);
            assertThat(moved.statusCode()).as(stale).isEqualTo(301);
            assertThat(moved.headers().firstValue("Location")).as(stale).hasValueSatisfying(l -> assertThat(l).endsWith(keripik.path()));
        }
        HttpResponse<String> catalogFile = client.get("/catalog/index.xhtml?q=" + word);
        assertThat(catalogFile.statusCode()).isEqualTo(301);
        assertThat(catalogFile.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/katalog?q=" + word));

        for (String unknown : List.of("/p/999999999-nothing", "/p/abc", "/toko/tidak-ada-toko-ini", "/toko/", "/catalog/product.xhtml")) {
            assertThat(client.get(unknown).statusCode()).as(unknown).isEqualTo(404);
        }
        HttpResponse<String> catalog = client.get("/katalog?q=" + word + "&kecamatan=balikpapan-selatan");
        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.body()).contains(batik.name()).doesNotContain(keripik.name());
        HttpResponse<String> badFilter = client.get("/katalog?urut=acak");
        assertThat(badFilter.statusCode()).isEqualTo(200);
        assertThat(badFilter.body()).contains("Urutan");
    }

    /** Visitors who only look (and crawlers, and shared links) cost no session: in a cluster every session is shared. */
    @Test
    void browsingTheCatalogueStartsNoSessionUntilTheVisitorChoosesALanguage() {
        PortalClient visitor = new PortalClient(base);
        for (String page : List.of("/", "/katalog?q=" + word, keripik.path(), "/toko/" + kota.slug())) {
            HttpResponse<String> answer = visitor.get(page);
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.headers().allValues("Set-Cookie")).as(page + " starts no session").noneMatch(c -> c.startsWith("JSESSIONID="));
        }
        HttpResponse<String> english = visitor.get("/katalog?lang=en");
        assertThat(english.statusCode()).isEqualTo(302);
        assertThat(english.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="));
        assertThat(visitor.get("/katalog").body()).contains("lang=\"en\"");
        assertThat(visitor.get("/katalog?lang=id").statusCode()).isEqualTo(302);
        assertThat(visitor.get("/katalog").body()).contains("lang=\"id\"");
    }

    private JsonObject search(String query) {
        HttpResponse<String> answer = new PortalClient(base).get("/api/v1/catalog/products?" + query);
        assertThat(answer.statusCode()).as(query + ": " + answer.body()).isEqualTo(200);
        return PortalClient.json(answer);
    }

    private static List<Long> ids(JsonObject answer) {
        return answer.getJsonArray("items").stream().map(JsonValue::asJsonObject).map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    private static Map<String, Integer> facet(JsonObject answer, String name) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        answer.getJsonObject("facets").getJsonArray(name).stream().map(JsonValue::asJsonObject)
                .forEach(v -> counts.put(v.getString("value"), v.getInt("count")));
        return counts;
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
