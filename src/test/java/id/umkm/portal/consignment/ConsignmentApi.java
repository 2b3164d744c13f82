package id.umkm.portal.consignment;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** One logged-in user of the consignment API (Bearer token), and the steps the consignment tests share. */
final class ConsignmentApi {

    static final ZoneId WITA = ZoneId.of("Asia/Makassar");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String root;
    private final String token;

    ConsignmentApi(URL base, String email) {
        this.root = "http://localhost:" + base.getPort();
        this.token = new PortalClient(base).login(email, ConsignmentTestData.PASSWORD);
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> bytes(String path) {
        return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept-Language", "id");
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.build(), body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- shared steps ------------------------------------------------------------------------------------

    /** An accepted agreement at 20 % with one batch taken in; answers the batch's label code. */
    static String stocked(URL base, ConsignmentTestData.Seller seller, String name, int category, int quantity, long price) {
        long agreement = offer(new ConsignmentApi(base, "staf@demo.umkm.id"), seller, "20");
        json(new ConsignmentApi(base, seller.email()).post("/api/v1/consignment/my/agreements/" + agreement + "/acceptance", "{}"));
        JsonObject note = json(intake(new ConsignmentApi(base, "kasir@demo.umkm.id"), agreement,
                line(name, category, quantity, price, LocalDate.now(WITA).plusDays(90))));
        return note.getJsonArray("items").getJsonObject(0).getString("code");
    }

    static long offer(ConsignmentApi staff, ConsignmentTestData.Seller seller, String percent) {
        HttpResponse<String> offered = staff.post("/api/v1/consignment/agreements", agreementJson(seller.id(), percent));
        assertThat(offered.statusCode()).as(offered.body()).isEqualTo(201);
        return json(offered).getJsonNumber("id").longValue();
    }

    static String agreementJson(long sellerId, String percent) {
        return "{\"sellerId\":" + sellerId + ",\"commissionPercent\":" + percent + ",\"consignmentDays\":60,\"graceDays\":7,"
                + "\"endAction\":\"MARKDOWN\",\"markdownPercent\":25,\"payoutFrequency\":\"WEEKLY\"}";
    }

    static String line(String name, int category, int quantity, long price, LocalDate bestBefore) {
        return "{\"name\":\"" + name + "\",\"categoryId\":" + category + ",\"quantity\":" + quantity + ",\"unitPriceRupiah\":" + price
                + (bestBefore == null ? "" : ",\"bestBefore\":\"" + bestBefore + "\"") + "}";
    }

    static HttpResponse<String> intake(ConsignmentApi cashier, long agreement, String... lines) {
        return cashier.post("/api/v1/consignment/intakes", "{\"agreementId\":" + agreement + ",\"note\":\"Uji\",\"lines\":["
                + String.join(",", lines) + "]}");
    }

    static JsonObject json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 201);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** Both calls at the same moment (as two staff, or two instances, would). */
    static <T> List<T> twice(Callable<T> a, Callable<T> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<T>> answers = pool.invokeAll(List.of(a, b));
            return List.of(answers.get(0).get(), answers.get(1).get());
        } finally {
            pool.shutdown();
        }
    }

    /** What the portal owes the seller (2200). */
    static long payable(ConsignmentTestData.Seller seller) {
        return TestDatabase.count("SELECT COALESCE(SUM(credit_rupiah - debit_rupiah), 0) FROM ledger_line WHERE account_code = '2200'"
                + " AND seller_id = ?", seller.id());
    }

    /** The seller's outlet sales not moved to payable by an approved statement yet (2500). */
    static long unsettled(ConsignmentTestData.Seller seller) {
        return TestDatabase.count("SELECT COALESCE(SUM(credit_rupiah - debit_rupiah), 0) FROM ledger_line WHERE account_code = '2500'"
                + " AND seller_id = ?", seller.id());
    }
}
