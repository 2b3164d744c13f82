package id.umkm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.identity.domain.SecretToken;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Sellers, staff and programmes made quickly for the training tests, with the tokens they log in with. */
final class TrainingFixtures {

    static final String DEMO_PASSWORD = "umkm-demo-2026";

    private final URL base;

    TrainingFixtures(URL base) {
        this.base = base;
    }

    void awaitStatus(PortalClient seller, long programme, String expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!expected.equals(status(seller, programme)) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(status(seller, programme)).isEqualTo(expected);
    }

    /** A verified seller with an API token stored directly (hashing 200 passwords would take minutes on 2 cores). */
    PortalClient quickSeller(String business, short kecamatan) {
        String email = "cepat-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        TestDatabase.update("INSERT INTO account (email, full_name, password_hash, status, email_verified_at, created_at)"
                + " SELECT ?, ?, password_hash, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account WHERE email = 'penjual@demo.umkm.id'",
                email, business);
        TestDatabase.update("INSERT INTO account_role (account_id, role) SELECT id, 'SELLER' FROM account WHERE email = ?", email);
        TestDatabase.update("INSERT INTO seller (account_id, business_name, kecamatan_id, kelurahan_id, scale, women_led, status,"
                + " created_at, updated_at) SELECT a.id, ?, ?, (SELECT MIN(id) FROM kelurahan WHERE kecamatan_id = ?), 'MICRO', FALSE,"
                + " 'VERIFIED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account a WHERE a.email = ?", business, kecamatan, kecamatan, email);
        String token = UUID.randomUUID() + "-" + UUID.randomUUID();
        TestDatabase.update("INSERT INTO api_token (account_id, token_hash, created_at, expires_at) SELECT id, ?, UTC_TIMESTAMP(6),"
                + " UTC_TIMESTAMP(6) + INTERVAL 1 HOUR FROM account WHERE email = ?", SecretToken.hashOf(token), email);
        PortalClient client = new PortalClient(base).withBearer(token);
        tokens.put(client, token);
        emails.put(client, email);
        return client;
    }

    long openProgramme(String title, String mode, int capacity, int opensInSeconds, int closesInSeconds,
            Map<Short, Integer> reserved) {
        PortalClient staff = staff();
        JsonObjectBuilder form = programme(title, mode, capacity, 250_000, 250_000L * capacity, opensInSeconds, closesInSeconds);
        if (!reserved.isEmpty()) {
            JsonObjectBuilder seats = Json.createObjectBuilder();
            reserved.forEach((k, v) -> seats.add(k.toString(), v));
            form.add("reservedSeats", seats);
        }
        HttpResponse<String> created = staff.postJson("/api/v1/staff/trainings", form.build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = PortalClient.json(created).getJsonNumber("id").longValue();
        assertThat(staff.postJson("/api/v1/staff/trainings/" + id + "/opening", "{}").statusCode()).isEqualTo(200);
        return id;
    }

    static JsonObjectBuilder programme(String title, String mode, int capacity, long perParticipant, long total,
            int opensInSeconds, int closesInSeconds) {
        Instant now = Instant.now();
        return Json.createObjectBuilder().add("title", title).add("topic", "DIGITAL_MARKETING")
                .add("partner", "Bank Indonesia Balikpapan").add("venue", "Aula DKUMKMP").add("capacity", capacity)
                .add("budgetPerParticipantRupiah", perParticipant).add("totalBudgetRupiah", total)
                .add("registrationOpensAt", now.plusSeconds(opensInSeconds).minusSeconds(opensInSeconds == 0 ? 60 : 0).toString())
                .add("registrationClosesAt", now.plusSeconds(closesInSeconds).toString())
                .add("allocationMode", mode).add("hours", 8);
    }

    PortalClient staff() {
        PortalClient staff = new PortalClient(base);
        tokens.put(staff, staff.login("staf@demo.umkm.id", DEMO_PASSWORD));
        return staff;
    }

    private final Map<PortalClient, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();

    String tokenOf(PortalClient client) {
        return tokens.get(client);
    }

    /** A download as bytes (PortalClient reads text), with the client's token. */
    HttpResponse<byte[]> bytes(PortalClient client, String path) throws Exception {
        return rawHttp().send(HttpRequest.newBuilder(URI.create("http://localhost:" + base.getPort() + path))
                .header("Authorization", "Bearer " + tokens.get(client)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> put(PortalClient client, String path, String json) throws Exception {
        return rawHttp().send(HttpRequest.newBuilder(URI.create("http://localhost:" + base.getPort() + path))
                .header("Authorization", "Bearer " + tokens.get(client)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpClient rawHttp() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    PortalClient verifiedSeller(String business, short kecamatan, String scale, boolean womenLed) {
        return sellerAccount(business, kecamatan, scale, womenLed, "VERIFIED");
    }

    /** A SELLER account with a profile in the given state, made directly in the database (onboarding is tested elsewhere). */
    PortalClient sellerAccount(String business, short kecamatan, String scale, boolean womenLed, String status) {
        return sellerAccount(business, kecamatan, scale, womenLed, status, null);
    }

    PortalClient sellerAccount(String business, short kecamatan, String scale, boolean womenLed, String status,
            Short category) {
        String email = "latih-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        TestDatabase.update("INSERT INTO account (email, full_name, password_hash, status, email_verified_at, created_at)"
                + " SELECT ?, ?, password_hash, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account WHERE email = 'penjual@demo.umkm.id'",
                email, business);
        TestDatabase.update("INSERT INTO account_role (account_id, role) SELECT id, 'SELLER' FROM account WHERE email = ?", email);
        TestDatabase.update("INSERT INTO seller (account_id, business_name, kecamatan_id, kelurahan_id, scale, women_led, status,"
                + " category_id, created_at, updated_at) SELECT a.id, ?, ?, (SELECT MIN(id) FROM kelurahan WHERE kecamatan_id = ?),"
                + " ?, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account a WHERE a.email = ?",
                business, kecamatan, kecamatan, scale, womenLed, status, category, email);
        PortalClient client = new PortalClient(base);
        tokens.put(client, client.login(email, DEMO_PASSWORD));
        emails.put(client, email);
        return client;
    }

    private final Map<PortalClient, String> emails = new java.util.concurrent.ConcurrentHashMap<>();

    String emailOf(PortalClient client) {
        return emails.get(client);
    }

    String status(PortalClient seller, long programme) {
        return enrollment(seller, programme).getString("status");
    }

    JsonObject enrollment(PortalClient seller, long programme) {
        return PortalClient.json(seller.get("/api/v1/trainings/" + programme + "/enrollments"));
    }


    /** A certificate as the programme's completion would issue it (completion itself is tested in TrainingIT). */
    static String certificateFor(long programme) {
        String letters = UUID.randomUUID().toString().replace("-", "").toUpperCase().substring(0, 12);
        String code = letters.substring(0, 4) + "-" + letters.substring(4, 8) + "-" + letters.substring(8);
        TestDatabase.update("INSERT INTO training_certificate (enrollment_id, code, participant_name, business_name,"
                + " programme_title, hours, first_day, last_day, issued_at) SELECT e.id, ?, 'Peserta Uji', 'Usaha Uji',"
                + " p.title, 8, CURDATE(), CURDATE(), UTC_TIMESTAMP(6) FROM training_enrollment e"
                + " JOIN training_programme p ON p.id = e.programme_id WHERE e.programme_id = ?", code, programme);
        return code;
    }
}
