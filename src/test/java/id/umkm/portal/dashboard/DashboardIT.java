package id.umkm.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every indicator against a small data set built by hand in March 2021 (a month no other test
 * touches, and before any of their data), with the answers worked out below; the open data's
 * freedom from personal data; the OpenAPI document.
 *
 * <pre>
 * Balikpapan Barat (kecamatan 1): Baru Ilir (1) and Baru Tengah (2); Balikpapan Kota (2): Damai (7).
 * Sellers  S1 Baru Ilir   submitted 10 Feb, verified 12 Feb, NIB verified, product published 15 Feb
 *          S2 Baru Ilir   submitted  5 Mar, verified  6 Mar, NIB verified, products 20 and 21 Mar, a draft
 *          S3 Baru Tengah submitted 10 Mar, waiting, no NIB
 *          S4 Baru Tengah submitted 12 Mar, REJECTED (not registered)
 *          S5 Baru Tengah submitted 28 Feb 16:30 UTC = 1 Mar 00:30 WITA, NIB verified, verified 2 Apr,
 *                         product published 15 Mar (visible only from April)
 *          S6 Damai       submitted and verified 1-2 Mar, NIB verified, product 3 Mar
 *          D  Baru Ilir   draft, never submitted
 * Barat, March 2021: new 3 (S2 S3 S5), registered 4 (S1 S2 S3 S5), verified 2 (S1 S2), NIB share
 * 3/4 = 75.00, online 2 (S1 S2; S5 from April), with the baseline set to 40 a share of 5.00,
 * products 3 (P1 P2 P3).
 * Orders   O1 S1 B1 COMPLETED paid 3 Mar  Rp100.000   O2 S2 B1 PAID paid 10 Mar Rp50.000
 *          O3 S2 B2 CANCELLED after payment            O4 S1 B2 unpaid
 *          O5 S1 B2 SHIPPED paid 31 Mar 16:30 UTC = 1 Apr WITA
 *          O6 S2 B2 PROCESSING paid 28 Feb 16:30 UTC = 1 Mar WITA Rp30.000
 *          O7 S6 B1 COMPLETED paid 15 Mar Rp20.000 (Kota)
 * Outlet   C1 QRIS paid 5 Mar: S1 2 × Rp10.000 and S6 1 × Rp15.000    C2 CASH paid 6 Mar: S1 Rp10.000
 *          C3 QRIS REFUNDED (S1)                                       C4 CARD paid 28 Feb 16:30 UTC = 1 Mar WITA: S2 3 × Rp5.000
 * Barat: 3 orders, buyers 2, Rp180.000; outlet sales 3 (C1 C2 C4), Rp45.000; cashless (3 orders + 1 QRIS
 * sale) / (3 + 3) = 66.67. Kota: 1 order, 1 outlet sale (C1), Rp15.000, cashless 2/2 = 100.00.
 * City: 4 orders, buyers still 2 (B1 bought in both kecamatan), Rp200.000; outlet sales 3 (C1 once),
 * Rp60.000; cashless (4 + 1) / (4 + 3) = 71.43.
 * Training E1 S1 COMPLETED attended, E2 S2 NOT_COMPLETED attended, E3 S3 WAITLISTED, E4 S5 CONFIRMED,
 *          E5 S6 CANCELLED (Kota), all applied in March.
 * Barat: applicants 4, seats 3, participants 2, completion 1/2 = 50.00, unmet 1.
 * Permits (IUMK, service level 5 days = 432,000 s)
 *          A1 S1 submitted 1 Mar, issued after 3.0 days, clock 200,000 s (within)
 *          A2 S2 submitted 2 Mar, issued after 10.0 days, clock 500,000 s (over)
 *          A3 S3 submitted 5 Mar, rejected 8 Mar, clock 100,000 s (within)
 *          A4 S5 submitted 10 Mar, waiting
 *          A5 S1 submitted 20 Feb, issued 20 Mar after 28.0 days, clock 400,000 s (within)
 * Barat: applied 4, issued 3, median of 3, 10, 28 days = 10.0, within the service level 3 of 4 decided = 75.00.
 * Baru Tengah: applied 2, issued 0, no median.
 * </pre>
 */
class DashboardIT extends PortalIT {

    private static final String DEMO_PASSWORD = "umkm-demo-2026";
    private static final AtomicLong NIB = new AtomicLong(7_000_000_000_000L + (System.currentTimeMillis() % 1_000_000L) * 1000);

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
    }

    @Test
    void everyIndicatorMatchesTheHandBuiltMonthAndTheOpenDataCarriesNoPersonalData() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        HandBuiltMonth data = new HandBuiltMonth(tag);
        data.insert();

        PortalClient staff = new PortalClient(base);
        String token = staff.login("staf@demo.umkm.id", DEMO_PASSWORD);
        assertThat(put(token, "/api/v1/staff/dashboard/baselines/1", "{\"msmeCount\":-3}").statusCode()).isEqualTo(400);
        assertThat(put(token, "/api/v1/staff/dashboard/baselines/1", "{\"msmeCount\":40}").statusCode()).isEqualTo(204);
        try {
            HttpResponse<String> refreshed = staff.postJson("/api/v1/staff/dashboard/refresh", "{}");
            assertThat(refreshed.statusCode()).isEqualTo(200);
            assertThat(PortalClient.json(refreshed).getString("refreshedAt")).isNotBlank();

            HttpResponse<String> kecamatan = staff.get("/api/v1/open-data/indicators?period=2021-03&level=kecamatan");
            assertThat(kecamatan.statusCode()).isEqualTo(200);
            JsonObject barat = area(PortalClient.json(kecamatan), "balikpapan-barat", null);
            assertThat(barat.getJsonNumber("baselineMsme").longValue()).isEqualTo(40);
            JsonObject i = barat.getJsonObject("indicators");
            assertThat(number(i, "sellers_new")).isEqualTo("3");
            assertThat(number(i, "sellers_registered")).isEqualTo("4");
            assertThat(number(i, "sellers_verified")).isEqualTo("2");
            assertThat(number(i, "nib_verified_share")).isEqualTo("75.00");
            assertThat(number(i, "sellers_online")).isEqualTo("2");
            assertThat(number(i, "online_share")).isEqualTo("5.00");
            assertThat(number(i, "products_listed")).isEqualTo("3");
            assertThat(number(i, "orders_paid")).isEqualTo("3");
            assertThat(number(i, "buyers")).isEqualTo("2");
            assertThat(number(i, "gross_sales")).isEqualTo("180000");
            assertThat(number(i, "cashless_share")).isEqualTo("66.67");
            assertThat(number(i, "outlet_sales")).isEqualTo("3");
            assertThat(number(i, "outlet_gross")).isEqualTo("45000");
            assertThat(number(i, "training_applicants")).isEqualTo("4");
            assertThat(number(i, "training_seats")).isEqualTo("3");
            assertThat(number(i, "training_participants")).isEqualTo("2");
            assertThat(number(i, "training_completion")).isEqualTo("50.00");
            assertThat(number(i, "training_unmet")).isEqualTo("1");
            assertThat(number(i, "permits_applied")).isEqualTo("4");
            assertThat(number(i, "permits_issued")).isEqualTo("3");
            assertThat(number(i, "permit_median_days")).isEqualTo("10.0");
            assertThat(number(i, "permits_within_sla_share")).isEqualTo("75.00");

            JsonObject kota = area(PortalClient.json(kecamatan), "balikpapan-kota", null).getJsonObject("indicators");
            assertThat(number(kota, "orders_paid")).isEqualTo("1");
            assertThat(number(kota, "buyers")).isEqualTo("1");
            assertThat(number(kota, "outlet_sales")).isEqualTo("1");
            assertThat(number(kota, "outlet_gross")).isEqualTo("15000");
            assertThat(number(kota, "cashless_share")).isEqualTo("100.00");

            // A buyer of two kecamatan is one buyer of the city.
            JsonObject city = PortalClient.json(staff.get("/api/v1/open-data/indicators?period=2021-03&level=city"))
                    .getJsonArray("areas").getJsonObject(0).getJsonObject("indicators");
            assertThat(number(city, "orders_paid")).isEqualTo("4");
            assertThat(number(city, "buyers")).isEqualTo("2");
            assertThat(number(city, "gross_sales")).isEqualTo("200000");
            assertThat(number(city, "outlet_sales")).isEqualTo("3");
            assertThat(number(city, "outlet_gross")).isEqualTo("60000");
            assertThat(number(city, "cashless_share")).isEqualTo("71.43");
            assertThat(number(city, "sellers_registered")).isEqualTo("5");

            // The month before: stock figures of February only; S5 arrived on 1 March in WITA.
            JsonObject february = area(PortalClient.json(staff.get("/api/v1/open-data/indicators?period=2021-02&level=kecamatan")),
                    "balikpapan-barat", null).getJsonObject("indicators");
            assertThat(number(february, "sellers_registered")).isEqualTo("1");
            assertThat(number(february, "sellers_online")).isEqualTo("1");
            assertThat(number(february, "products_listed")).isEqualTo("1");
            assertThat(number(february, "orders_paid")).isEqualTo("0");
            assertThat(number(february, "permits_applied")).isEqualTo("1");

            JsonObject kelurahan = PortalClient.json(new PortalClient(base).get("/api/v1/open-data/indicators?period=2021-03&level=kelurahan"));
            assertThat(kelurahan.getJsonArray("areas")).hasSize(34);
            JsonObject baruIlir = area(kelurahan, "balikpapan-barat", "baru-ilir");
            assertThat(baruIlir.isNull("baselineMsme")).isTrue();
            JsonObject ilir = baruIlir.getJsonObject("indicators");
            assertThat(ilir.isNull("online_share")).as("no baseline for a kelurahan").isTrue();
            assertThat(number(ilir, "products_listed")).isEqualTo("3");
            assertThat(number(ilir, "permits_applied")).isEqualTo("2");
            assertThat(number(ilir, "permit_median_days")).isEqualTo("10.0");
            JsonObject tengah = area(kelurahan, "balikpapan-barat", "baru-tengah").getJsonObject("indicators");
            assertThat(number(tengah, "sellers_registered")).isEqualTo("2");
            assertThat(number(tengah, "permits_applied")).isEqualTo("2");
            assertThat(tengah.isNull("permit_median_days")).isTrue();

            // Open data, JSON and CSV, anonymous: aggregates only.
            HttpResponse<String> csv = csv("/api/v1/open-data/indicators?period=2021-03&level=kelurahan");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
            List<String> lines = csv.body().lines().toList();
            assertThat(lines).hasSize(35);
            assertThat(lines.get(0)).startsWith("period,level,kecamatan,kecamatan_name,kelurahan,kelurahan_name,baseline_msme,")
                    .contains("online_share").contains("permit_median_days");
            assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("2021-03,kelurahan,balikpapan-barat,Balikpapan Barat,baru-ilir,"));
            for (String body : List.of(kelurahan.toString(), csv.body(),
                    new PortalClient(base).get("/api/v1/open-data/indicators?period=2021-03&level=kecamatan").body())) {
                assertThat(body).doesNotContain(tag).doesNotContain("@").doesNotContain("+62").doesNotContain("Jl. ")
                        .doesNotContain(data.nibs.get(0)).doesNotContain("ORD-" + tag);
            }
            assertThat(kelurahan.getJsonArray("areas").getJsonObject(0).keySet())
                    .containsExactlyInAnyOrder("level", "kecamatan", "kecamatanName", "kelurahan", "kelurahanName", "baselineMsme", "indicators");

            // Staff see the records behind a figure; nobody else does.
            HttpResponse<String> orders = staff.get("/api/v1/staff/dashboard/drill-down?list=orders&period=2021-03&kecamatan=1");
            assertThat(orders.statusCode()).isEqualTo(200);
            assertThat(orders.body()).contains("ORD-" + tag + "-1").contains("ORD-" + tag + "-2").contains("ORD-" + tag + "-6")
                    .doesNotContain("ORD-" + tag + "-3").doesNotContain("ORD-" + tag + "-5").doesNotContain("ORD-" + tag + "-7");
            assertThat(new PortalClient(base).get("/api/v1/staff/dashboard/drill-down?list=orders&period=2021-03").statusCode()).isEqualTo(401);
            PortalClient seller = new PortalClient(base);
            seller.login("penjual@demo.umkm.id", DEMO_PASSWORD);
            assertThat(seller.get("/api/v1/staff/dashboard/drill-down?list=orders&period=2021-03").statusCode()).isEqualTo(403);
            assertThat(seller.postJson("/api/v1/staff/dashboard/refresh", "{}").statusCode()).isEqualTo(403);
        } finally {
            put(token, "/api/v1/staff/dashboard/baselines/1", "{\"msmeCount\":5721}");
        }
    }

    @Test
    void readingThePublicIndicatorsStartsNoSession() {
        HttpResponse<String> page = new PortalClient(base).get("/indikator.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("area-heading");
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    void badPeriodsAndLevelsGetAClearProblem() {
        PortalClient anyone = new PortalClient(base);
        HttpResponse<String> badPeriod = anyone.get("/api/v1/open-data/indicators?period=2021-13&level=kecamatan");
        assertThat(badPeriod.statusCode()).isEqualTo(400);
        assertThat(badPeriod.body()).contains("period").contains("TTTT-BB");
        assertThat(anyone.get("/api/v1/open-data/indicators?period=2999-01").statusCode()).isEqualTo(400);
        assertThat(anyone.get("/api/v1/open-data/indicators?period=2021-03&level=rt").statusCode()).isEqualTo(400);
    }

    @Test
    void theWholeApiIsDescribedByOpenApiAndTheDocsPageShipsItsViewer() throws Exception {
        PortalClient anyone = new PortalClient(base);
        // Payara builds the document on the first request by scanning the whole WAR: minutes on a loaded machine.
        HttpResponse<String> document = http().send(HttpRequest.newBuilder(uri("/openapi")).timeout(java.time.Duration.ofMinutes(5))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.body()).contains("/api/v1/open-data/indicators").contains("/api/v1/catalog/products")
                .contains("/api/v1/staff/dashboard/refresh").contains("Open data").contains("Portal UMKM Balikpapan");
        HttpResponse<String> page = anyone.get("/api-docs.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui").doesNotContain("https://unpkg").doesNotContain("cdn.");
    }

    private static JsonObject area(JsonObject report, String kecamatan, String kelurahan) {
        return report.getJsonArray("areas").stream().map(v -> v.asJsonObject())
                .filter(a -> kecamatan.equals(a.getString("kecamatan")))
                .filter(a -> kelurahan == null ? a.isNull("kelurahan") : !a.isNull("kelurahan") && kelurahan.equals(a.getString("kelurahan")))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + kecamatan + "/" + kelurahan + " in " + report));
    }

    private static String number(JsonObject indicators, String key) {
        assertThat(indicators.containsKey(key)).as(key).isTrue();
        return indicators.isNull(key) ? null : indicators.getJsonNumber(key).bigDecimalValue().toPlainString();
    }

    private HttpResponse<String> put(String token, String path, String json) throws Exception {
        return http().send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> csv(String path) throws Exception {
        return http().send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/csv").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + base.getPort() + path);
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    /** The data set of the class comment, inserted straight into the tables as the other contexts would leave them. */
    private static final class HandBuiltMonth {

        private final String tag;
        private final List<String> nibs = new java.util.ArrayList<>();

        HandBuiltMonth(String tag) {
            this.tag = tag;
        }

        void insert() throws SQLException {
            try (Connection c = TestDatabase.connect()) {
                long s1 = seller(c, "S1", 1, 1, "2021-02-10T03:00:00Z", "VERIFIED", "2021-02-12T03:00:00Z", true);
                long s2 = seller(c, "S2", 1, 1, "2021-03-05T03:00:00Z", "VERIFIED", "2021-03-06T03:00:00Z", true);
                long s3 = seller(c, "S3", 1, 2, "2021-03-10T03:00:00Z", "SUBMITTED", null, false);
                seller(c, "S4", 1, 2, "2021-03-12T03:00:00Z", "REJECTED", null, true);
                long s5 = seller(c, "S5", 1, 2, "2021-02-28T16:30:00Z", "VERIFIED", "2021-04-02T03:00:00Z", true);
                long s6 = seller(c, "S6", 2, 7, "2021-03-01T03:00:00Z", "VERIFIED", "2021-03-02T03:00:00Z", true);
                seller(c, "D", 1, 1, null, "DRAFT", null, false);

                product(c, s1, "P1", "PUBLISHED", true, "2021-02-15T03:00:00Z");
                product(c, s2, "P2", "PUBLISHED", true, "2021-03-20T03:00:00Z");
                product(c, s2, "P3", "PUBLISHED", true, "2021-03-21T03:00:00Z");
                product(c, s2, "P4", "DRAFT", false, null);
                product(c, s5, "P5", "PUBLISHED", true, "2021-03-15T03:00:00Z");
                product(c, s6, "P6", "PUBLISHED", true, "2021-03-03T03:00:00Z");

                long b1 = account(c, "B1");
                long b2 = account(c, "B2");
                order(c, 1, s1, b1, "COMPLETED", "2021-03-03T03:00:00Z", 100_000);
                order(c, 2, s2, b1, "PAID", "2021-03-10T03:00:00Z", 50_000);
                order(c, 3, s2, b2, "CANCELLED", "2021-03-11T03:00:00Z", 70_000);
                order(c, 4, s1, b2, "PENDING_PAYMENT", null, 40_000);
                order(c, 5, s1, b2, "SHIPPED", "2021-03-31T16:30:00Z", 60_000);
                order(c, 6, s2, b2, "PROCESSING", "2021-02-28T16:30:00Z", 30_000);
                order(c, 7, s6, b1, "COMPLETED", "2021-03-15T03:00:00Z", 20_000);

                long staff = account(c, "staff");
                long programme = insert(c, "INSERT INTO training_programme (title, topic, capacity, budget_per_participant_rupiah,"
                        + " total_budget_rupiah, registration_opens_at, registration_closes_at, allocation_mode, status, created_by,"
                        + " created_at, updated_at) VALUES (?, 'DIGITAL_MARKETING', 10, 0, 0, ?, ?, 'FIRST_COME', 'FINISHED', ?, ?, ?)",
                        "Pelatihan " + tag, ts("2021-03-01T00:00:00Z"), ts("2021-03-20T00:00:00Z"), staff,
                        ts("2021-02-20T00:00:00Z"), ts("2021-02-20T00:00:00Z"));
                long session = insert(c, "INSERT INTO training_session (programme_id, title, starts_at, ends_at, attendance_code)"
                        + " VALUES (?, 'Hari 1', ?, ?, ?)", programme, ts("2021-03-25T01:00:00Z"), ts("2021-03-25T08:00:00Z"),
                        (tag + "attendancecode0000000").substring(0, 22));
                long e1 = enrollment(c, programme, s1, 1, "COMPLETED", "2021-03-02T03:00:00Z");
                long e2 = enrollment(c, programme, s2, 1, "NOT_COMPLETED", "2021-03-03T03:00:00Z");
                enrollment(c, programme, s3, 1, "WAITLISTED", "2021-03-04T03:00:00Z");
                enrollment(c, programme, s5, 1, "CONFIRMED", "2021-03-05T03:00:00Z");
                enrollment(c, programme, s6, 2, "CANCELLED", "2021-03-06T03:00:00Z");
                for (long enrollment : new long[] {e1, e2}) {
                    insert(c, "INSERT INTO training_attendance (session_id, enrollment_id, method, recorded_at, recorded_by)"
                            + " VALUES (?, ?, 'ROSTER', ?, ?)", session, enrollment, ts("2021-03-25T02:00:00Z"), staff);
                }

                long item1 = consignedItem(c, s1, staff, 10_000);
                long item2 = consignedItem(c, s2, staff, 5_000);
                long item6 = consignedItem(c, s6, staff, 15_000);
                long c1 = outletSale(c, staff, "QRIS", "PAID", "2021-03-05T03:00:00Z", 35_000);
                saleLine(c, c1, item1, s1, 2, 10_000);
                saleLine(c, c1, item6, s6, 1, 15_000);
                saleLine(c, outletSale(c, staff, "CASH", "PAID", "2021-03-06T03:00:00Z", 10_000), item1, s1, 1, 10_000);
                saleLine(c, outletSale(c, staff, "QRIS", "REFUNDED", "2021-03-07T03:00:00Z", 10_000), item1, s1, 1, 10_000);
                saleLine(c, outletSale(c, staff, "CARD", "PAID", "2021-02-28T16:30:00Z", 15_000), item2, s2, 3, 5_000);

                permit(c, s1, "ISSUED", "2021-03-01T02:00:00Z", "2021-03-04T02:00:00Z", 200_000);
                permit(c, s2, "ISSUED", "2021-03-02T00:00:00Z", "2021-03-12T00:00:00Z", 500_000);
                permit(c, s3, "REJECTED", "2021-03-05T03:00:00Z", "2021-03-08T03:00:00Z", 100_000);
                permit(c, s5, "SUBMITTED", "2021-03-10T03:00:00Z", null, 10_000);
                permit(c, s1, "ISSUED", "2021-02-20T00:00:00Z", "2021-03-20T00:00:00Z", 400_000);
            }
        }

        private long account(Connection c, String name) throws SQLException {
            return insert(c, "INSERT INTO account (email, full_name, password_hash, status, created_at)"
                    + " VALUES (?, ?, 'x', 'ACTIVE', ?)", name.toLowerCase() + "-" + tag + "@dashboard.test", name + " " + tag,
                    ts("2021-01-01T00:00:00Z"));
        }

        private long seller(Connection c, String name, int kecamatan, int kelurahan, String submitted, String status,
                String verified, boolean nibVerified) throws SQLException {
            long account = account(c, name);
            String nib = Long.toString(NIB.incrementAndGet());
            nibs.add(nib);
            Timestamp created = ts(submitted == null ? "2021-03-01T00:00:00Z" : submitted);
            return insert(c, "INSERT INTO seller (account_id, slug, business_name, owner_name, nib, nib_verified, kecamatan_id,"
                    + " kelurahan_id, address, category_id, scale, phone, status, submitted_at, verified_at, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'MICRO', '+6281299990000', ?, ?, ?, ?, ?)",
                    account, "usaha-" + name.toLowerCase() + "-" + tag, "Usaha " + name + " " + tag, "Pemilik " + name + " " + tag,
                    nib, nibVerified, kecamatan, kelurahan, "Jl. Uji " + tag, status, submitted == null ? null : ts(submitted),
                    verified == null ? null : ts(verified), created, created);
        }

        private void product(Connection c, long seller, String name, String status, boolean visible, String published)
                throws SQLException {
            insert(c, "INSERT INTO product (seller_id, name, slug, category_id, price_rupiah, stock, unit, status, kecamatan_id,"
                    + " seller_scale, visible, created_at, updated_at, published_at)"
                    + " SELECT id, ?, ?, 1, 10000, 5, 'pcs', ?, kecamatan_id, 'MICRO', ?, ?, ?, ? FROM seller WHERE id = ?",
                    "Produk " + name + " " + tag, "produk-" + name.toLowerCase() + "-" + tag, status, visible,
                    ts("2021-02-01T00:00:00Z"), ts("2021-02-01T00:00:00Z"), published == null ? null : ts(published), seller);
        }

        private void order(Connection c, int n, long seller, long buyer, String status, String paid, long items) throws SQLException {
            long checkout = insert(c, "INSERT INTO checkout (buyer_account_id, idempotency_key, total_rupiah, created_at)"
                    + " VALUES (?, ?, ?, ?)", buyer, tag + "-" + n, items, ts("2021-02-27T00:00:00Z"));
            insert(c, "INSERT INTO orders (order_number, checkout_id, buyer_account_id, seller_id, status, delivery_method,"
                    + " buyer_phone, items_rupiah, delivery_rupiah, total_rupiah, placed_at, pay_by, paid_at)"
                    + " VALUES (?, ?, ?, ?, ?, 'PICKUP', '+6281299990001', ?, 0, ?, ?, ?, ?)",
                    "ORD-" + tag + "-" + n, checkout, buyer, seller, status, items, items, ts("2021-02-27T00:00:00Z"),
                    ts("2021-02-27T00:30:00Z"), paid == null ? null : ts(paid));
        }

        private long consignedItem(Connection c, long seller, long staff, long price) throws SQLException {
            long agreement = insert(c, "INSERT INTO consignment_agreement (seller_id, outlet_id, commission_percent, consignment_days,"
                    + " grace_days, end_action, payout_frequency, status, created_by, created_at, accepted_at)"
                    + " SELECT ?, MIN(id), 10, 30, 7, 'RETURN', 'MONTHLY', 'ACTIVE', ?, ?, ? FROM consignment_outlet",
                    seller, staff, ts("2021-02-01T00:00:00Z"), ts("2021-02-01T00:00:00Z"));
            long intake = insert(c, "INSERT INTO consignment_intake (agreement_id, seller_id, outlet_id, received_by, received_at)"
                    + " SELECT ?, ?, MIN(id), ?, ? FROM consignment_outlet", agreement, seller, staff, ts("2021-02-02T00:00:00Z"));
            return insert(c, "INSERT INTO consignment_item (code, intake_id, agreement_id, seller_id, outlet_id, name, category_id,"
                    + " unit_price_rupiah, original_price_rupiah, consign_until, quantity_received, quantity_in_stock)"
                    + " SELECT ?, ?, ?, ?, MIN(id), ?, 1, ?, ?, '2021-06-30', 10, 10 FROM consignment_outlet",
                    "T" + tag + "-" + seller, intake, agreement, seller, "Titipan " + tag, price, price);
        }

        private long outletSale(Connection c, long cashier, String tender, String status, String paid, long total) throws SQLException {
            return insert(c, "INSERT INTO consignment_sale (outlet_id, cashier_id, tender, status, total_rupiah, created_at, paid_at)"
                    + " SELECT MIN(id), ?, ?, ?, ?, ?, ? FROM consignment_outlet", cashier, tender, status, total, ts(paid), ts(paid));
        }

        private void saleLine(Connection c, long sale, long item, long seller, int quantity, long price) throws SQLException {
            long gross = quantity * price;
            insert(c, "INSERT INTO consignment_sale_line (sale_id, item_id, seller_id, quantity, unit_price_rupiah, gross_rupiah,"
                    + " commission_percent, commission_rupiah, net_rupiah) VALUES (?, ?, ?, ?, ?, ?, 10, ?, ?)",
                    sale, item, seller, quantity, price, gross, gross / 10, gross - gross / 10);
        }

        private long enrollment(Connection c, long programme, long seller, int kecamatan, String status, String applied)
                throws SQLException {
            return insert(c, "INSERT INTO training_enrollment (programme_id, seller_id, account_id, kecamatan_id, status, applied_at)"
                    + " SELECT ?, id, account_id, ?, ?, ? FROM seller WHERE id = ?", programme, kecamatan, status, ts(applied), seller);
        }

        private void permit(Connection c, long seller, String status, String submitted, String decided, long clockSeconds)
                throws SQLException {
            boolean issued = "ISSUED".equals(status);
            insert(c, "INSERT INTO permit_application (permit_type_id, applicant_account_id, applicant_name, applicant_email, nib,"
                    + " nib_check, business_name, status, created_at, submitted_at, status_changed_at, sla_limit_seconds,"
                    + " sla_used_seconds, issued_at)"
                    + " SELECT t.id, s.account_id, s.owner_name, 'x@dashboard.test', s.nib, 'FOUND', s.business_name, ?, ?, ?, ?,"
                    + " 432000, ?, ? FROM seller s JOIN permit_type t ON t.code = 'IUMK' WHERE s.id = ?",
                    status, ts(submitted), ts(submitted), ts(decided == null ? submitted : decided), clockSeconds,
                    issued ? ts(decided) : null, seller);
        }

        private static long insert(Connection c, String sql, Object... params) throws SQLException {
            try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < params.length; i++) {
                    s.setObject(i + 1, params[i]);
                }
                s.executeUpdate();
                try (ResultSet keys = s.getGeneratedKeys()) {
                    return keys.next() ? keys.getLong(1) : 0;
                }
            }
        }

        private static Timestamp ts(String instant) {
            return Timestamp.from(Instant.parse(instant));
        }
    }
}
