package id.umkm.portal.seller;

import static id.umkm.portal.seller.SellerTestAccounts.PASSWORD;
import static id.umkm.portal.seller.SellerTestAccounts.freshSeller;
import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.shared.media.TestImages;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.ExternalSystems;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Seller onboarding and verification over the API: the rules, the OSS look-up, the staff decisions and isolation. */
class SellerIT extends PortalIT {

    /** Known to the OSS simulator: Ikan Asin Teritip, KBLI 10211 (fits category 7, processed seafood). */
    private static final String FOUND_NIB = "9120011234561";
    /** Known to the OSS simulator but revoked (DICABUT); KBLI 10794. */
    private static final String REVOKED_NIB = "9120013456783";

    private final Map<PortalClient, String> tokens = new IdentityHashMap<>();

    @BeforeEach
    void demoData() {
        TestDatabase.loadDemoData();
        // NIB look-ups go over HTTP to the portal's OSS simulator (oss context), through the test's WireMock.
        ExternalSystems.reset(ExternalSystems.oss());
        ExternalSystems.ossFallsBackToSimulator(base);
    }

    @Test
    void onboardingThenStaffApprovalMakesTheSellerPublicAndAChangeSendsItBackToTheQueue() {
        PortalClient seller = loggedIn(freshSeller("Ibu Rahmawati"));
        assertThat(seller.get("/api/v1/seller/profile").statusCode()).as("no profile yet").isEqualTo(404);

        HttpResponse<String> saved = put(seller, "/api/v1/seller/profile",
                profile("Ikan Asin Teritip", FOUND_NIB, 7, "0812-5400 2001", "ID1023456789012").build().toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject draft = PortalClient.json(saved);
        long id = draft.getJsonNumber("id").longValue();
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("nibCheck")).isEqualTo("FOUND");
        assertThat(draft.getBoolean("nibVerified")).isTrue();
        assertThat(draft.getBoolean("kbliMismatch")).isFalse();
        assertThat(draft.getString("phone")).isEqualTo("+6281254002001");
        assertThat(draft.get("slug")).as("the storefront address comes at submission").isIn(null, JsonValue.NULL);
        assertThat(seller.get("/api/v1/sellers/" + id).statusCode()).as("a draft is not public").isEqualTo(404);

        HttpResponse<String> submitted = seller.postJson("/api/v1/seller/profile/submission", "");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(PortalClient.json(submitted).getString("status")).isEqualTo("SUBMITTED");
        String slug = PortalClient.json(submitted).getString("slug");
        assertThat(slug).startsWith("ikan-asin-teritip");

        PortalClient staff = loggedIn("staf@demo.umkm.id");
        assertThat(queueEntry(staff, id)).isPresent();
        assertThat(new PortalClient(base).get("/api/v1/sellers/" + id).statusCode()).isEqualTo(404);

        HttpResponse<String> approved = staff.postJson("/api/v1/staff/sellers/" + id + "/decision", decision("APPROVE", null));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(PortalClient.json(approved).getString("status")).isEqualTo("VERIFIED");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM seller_review WHERE seller_id = ? AND decision = 'VERIFIED'"
                + " AND decided_by = (SELECT id FROM account WHERE email = 'staf@demo.umkm.id')", id)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE action = 'SELLER_VERIFIED' AND target_type = 'seller'"
                + " AND target_id = ? AND actor = 'staf@demo.umkm.id'", String.valueOf(id))).isEqualTo(1);

        HttpResponse<String> publicView = new PortalClient(base).get("/api/v1/sellers/" + id);
        assertThat(publicView.statusCode()).isEqualTo(200);
        JsonObject shown = PortalClient.json(publicView);
        assertThat(shown.getString("businessName")).isEqualTo("Ikan Asin Teritip");
        assertThat(shown.getString("slug")).isEqualTo(slug);
        assertThat(shown.getString("kecamatan")).isEqualTo("Balikpapan Timur");
        assertThat(shown.getString("kelurahan")).isEqualTo("Teritip");
        assertThat(shown.getString("category")).isEqualTo("Olahan Hasil Laut");
        assertThat(shown.getBoolean("nibVerified")).isTrue();
        assertThat(publicView.body()).as("payout data is never public")
                .doesNotContain("0011223344").doesNotContain("Rahmawati Sejahtera").doesNotContain("ID1023456789012")
                .doesNotContain("accountNumber");

        // A verified seller moving to another kecamatan stays public but goes back to the queue as a changed profile.
        HttpResponse<String> moved = put(seller, "/api/v1/seller/profile", profile("Ikan Asin Teritip", FOUND_NIB, 7,
                "081254002001", null).add("location", location(4, 22, "081254002001")).build().toString());
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(PortalClient.json(moved).getBoolean("changesPending")).isTrue();
        assertThat(PortalClient.json(moved).getString("status")).isEqualTo("VERIFIED");
        assertThat(new PortalClient(base).get("/api/v1/sellers/" + id).statusCode()).isEqualTo(200);
        assertThat(queueEntry(staff, id)).hasValueSatisfying(e -> assertThat(e.getBoolean("changesPending")).isTrue());
        assertThat(staff.postJson("/api/v1/staff/sellers/" + id + "/decision", decision("APPROVE", null)).statusCode())
                .isEqualTo(200);
        assertThat(queueEntry(staff, id)).isEmpty();
        assertThat(PortalClient.json(new PortalClient(base).get("/api/v1/sellers/" + id)).getString("kecamatan"))
                .isEqualTo("Balikpapan Tengah");

        // Suspension hides the seller; reinstating shows it again. Both need a reason only for suspension.
        assertThat(staff.postJson("/api/v1/staff/sellers/" + id + "/decision", decision("SUSPEND", null)).statusCode())
                .isEqualTo(400);
        assertThat(staff.postJson("/api/v1/staff/sellers/" + id + "/decision",
                decision("SUSPEND", "Laporan pembeli: produk kedaluwarsa")).statusCode()).isEqualTo(200);
        assertThat(new PortalClient(base).get("/api/v1/sellers/" + id).statusCode()).isEqualTo(404);
        assertThat(PortalClient.json(seller.get("/api/v1/seller/profile")).getString("reviewNote"))
                .isEqualTo("Laporan pembeli: produk kedaluwarsa");
        assertThat(put(seller, "/api/v1/seller/profile", profile("Ikan Asin Teritip", FOUND_NIB, 7, "081254002001", null)
                .build().toString()).statusCode()).as("a suspended seller cannot edit").isEqualTo(409);
        assertThat(staff.postJson("/api/v1/staff/sellers/" + id + "/decision", decision("REINSTATE", null)).statusCode())
                .isEqualTo(200);
        assertThat(new PortalClient(base).get("/api/v1/sellers/" + id).statusCode()).isEqualTo(200);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM seller_review WHERE seller_id = ?", id)).isEqualTo(4);
    }

    @Test
    void rejectionReasonReachesTheSellerWhoFixesAndResubmits() {
        PortalClient seller = loggedIn(freshSeller("Pak Anwar"));
        String name = "Abon Ikan Anwar " + UUID.randomUUID().toString().substring(0, 4);
        assertThat(put(seller, "/api/v1/seller/profile", profile(name, SellerTestAccounts.unknownNib(), 7, "081254002002", null)
                .build().toString()).statusCode()).isEqualTo(200);
        JsonObject sent = PortalClient.json(seller.postJson("/api/v1/seller/profile/submission", ""));
        long id = sent.getJsonNumber("id").longValue();
        assertThat(sent.getString("nibCheck")).isEqualTo("NOT_FOUND");
        assertThat(sent.getBoolean("nibVerified")).isFalse();

        PortalClient staff = loggedIn("staf@demo.umkm.id");
        HttpResponse<String> noReason = staff.postJson("/api/v1/staff/sellers/" + id + "/decision", decision("REJECT", "  "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"").contains("alasan");
        assertThat(TestDatabase.string("SELECT status FROM seller WHERE id = ?", id)).isEqualTo("SUBMITTED");

        String reason = "NIB tidak ditemukan di OSS. Unggah ulang NIB yang benar.";
        assertThat(staff.postJson("/api/v1/staff/sellers/" + id + "/decision", decision("REJECT", reason)).statusCode())
                .isEqualTo(200);
        JsonObject mine = PortalClient.json(seller.get("/api/v1/seller/profile"));
        assertThat(mine.getString("status")).isEqualTo("REJECTED");
        assertThat(mine.getString("reviewNote")).isEqualTo(reason);
        assertThat(new PortalClient(base).get("/api/v1/sellers/" + id).statusCode()).isEqualTo(404);
        assertThat(staff.postJson("/api/v1/staff/sellers/" + id + "/decision", decision("APPROVE", null)).statusCode())
                .as("a rejected profile must be resubmitted first").isEqualTo(409);

        assertThat(put(seller, "/api/v1/seller/profile", profile(name, FOUND_NIB.replace("9120011", "9120099"), 7,
                "081254002002", null).build().toString()).statusCode()).isEqualTo(200);
        JsonObject again = PortalClient.json(seller.postJson("/api/v1/seller/profile/submission", ""));
        assertThat(again.getString("status")).isEqualTo("SUBMITTED");
        assertThat(again.getString("slug")).isEqualTo(sent.getString("slug"));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE action = 'SELLER_REJECTED' AND target_id = ?",
                String.valueOf(id))).isEqualTo(1);
    }

    @Test
    void unreachableOssStillSavesTheProfileMarkedUncheckedAndStaffSeeItAndKbliMismatchIsFlagged() {
        PortalClient seller = loggedIn(freshSeller("Ibu Wulan"));
        HttpResponse<String> saved = put(seller, "/api/v1/seller/profile", profile("Keripik Wulan",
                SellerTestAccounts.unreachableNib(), 3, "081254002003", null).build().toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonObject profile = PortalClient.json(saved);
        assertThat(profile.getString("nibCheck")).isEqualTo("UNAVAILABLE");
        assertThat(profile.getBoolean("nibVerified")).isFalse();
        long id = profile.getJsonNumber("id").longValue();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM seller WHERE id = ? AND nib_checked_at IS NULL", id)).isEqualTo(1);
        assertThat(seller.postJson("/api/v1/seller/profile/submission", "").statusCode()).isEqualTo(200);

        PortalClient staff = loggedIn("staf@demo.umkm.id");
        assertThat(queueEntry(staff, id))
                .hasValueSatisfying(e -> assertThat(e.getString("nibCheck")).isEqualTo("UNAVAILABLE"));

        // A revoked NIB whose KBLI (10794, chips) does not fit batik: found, not verified, mismatch flagged.
        PortalClient other = loggedIn(freshSeller("Ibu Ratih"));
        JsonObject mismatched = PortalClient.json(put(other, "/api/v1/seller/profile",
                profile("Batik Ratih", REVOKED_NIB, 11, "081254002004", null).build().toString()));
        assertThat(mismatched.getString("nibCheck")).isEqualTo("FOUND");
        assertThat(mismatched.getBoolean("nibVerified")).as("a revoked NIB is not a verified one").isFalse();
        assertThat(mismatched.getBoolean("kbliMismatch")).isTrue();
    }

    @Test
    void badInputsGet400WithTranslatedFieldMessagesAndSaveNothing() {
        String email = freshSeller("Pak Bad Input");
        PortalClient seller = loggedIn(email);

        JsonObjectBuilder bad = Json.createObjectBuilder()
                .add("business", Json.createObjectBuilder().add("businessName", "Toko Salah").add("ownerName", "Pak Bad")
                        .add("nib", "12345").add("categoryId", 3).add("scale", "GIANT").add("womenLed", false))
                .add("location", Json.createObjectBuilder().add("kecamatanId", 3).add("kelurahanId", 15)
                        .add("address", "Jl. A").add("phone", "0542 733100"))
                .add("payout", payout("BANK", "BRI", "123", "Pak Bad").add("qrisNmid", "QR123").add("pirtNumber", "12"));
        // A JSON builder empties itself when built: keep the text for the second, English, attempt.
        String badJson = bad.build().toString();
        HttpResponse<String> answer = put(seller, "/api/v1/seller/profile", badJson);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        List<String> fields = PortalClient.json(answer).getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertThat(fields).contains("nib", "scale", "phone", "accountNumber", "qrisNmid", "pirtNumber");
        assertThat(answer.body()).contains("NIB terdiri dari tepat 13 angka").contains("Nomor HP tidak valid");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM seller s JOIN account a ON a.id = s.account_id WHERE a.email = ?",
                email)).isZero();

        // Rules that need the database: a kelurahan of another kecamatan, a provider of the other method.
        HttpResponse<String> wrongPlace = put(seller, "/api/v1/seller/profile", profile("Toko Salah",
                SellerTestAccounts.unknownNib(), 3, "081254002005", null).add("location", location(3, 1, "081254002005"))
                .build().toString());
        assertThat(wrongPlace.statusCode()).isEqualTo(400);
        assertThat(wrongPlace.body()).contains("\"field\":\"kelurahanId\"");
        HttpResponse<String> wrongProvider = put(seller, "/api/v1/seller/profile", profile("Toko Salah",
                SellerTestAccounts.unknownNib(), 3, "081254002005", null).add("payout", payout("BANK", "OVO", "081254002005", "Pak Bad"))
                .build().toString());
        assertThat(wrongProvider.statusCode()).isEqualTo(400);
        assertThat(wrongProvider.body()).contains("\"field\":\"payoutProvider\"");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM seller s JOIN account a ON a.id = s.account_id WHERE a.email = ?",
                email)).as("nothing saved half-way").isZero();
        assertThat(seller.postJson("/api/v1/seller/profile/submission", "").statusCode()).isEqualTo(400);

        // English on request.
        HttpResponse<String> english = send(seller, "PUT", "/api/v1/seller/profile", badJson, "en");
        assertThat(english.body()).contains("A NIB has exactly 13 digits");

        // A NIB another seller already uses is refused as a conflict.
        HttpResponse<String> takenNib = put(seller, "/api/v1/seller/profile",
                profile("Toko Salah", "9120001234561", 8, "081254002005", null).build().toString());
        assertThat(takenNib.statusCode()).isEqualTo(409);
        assertThat(takenNib.body()).contains("\"field\":\"nib\"");
    }

    @Test
    void concurrentSubmissionsOfTheSameBusinessNameGetDistinctStorefrontAddresses() throws Exception {
        String name = "Warung Ma’ruf Kembar " + UUID.randomUUID().toString().substring(0, 6);
        int sellers = 4;
        List<PortalClient> clients = new ArrayList<>();
        for (int i = 0; i < sellers; i++) {
            PortalClient client = loggedIn(freshSeller("Penjual Kembar " + i));
            assertThat(put(client, "/api/v1/seller/profile", profile(name, SellerTestAccounts.unknownNib(), 2,
                    "08125400300" + i, null).build().toString()).statusCode()).isEqualTo(200);
            clients.add(client);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sellers);
        try {
            List<Callable<HttpResponse<String>>> submits = new ArrayList<>();
            for (PortalClient client : clients) {
                submits.add(() -> {
                    start.await();
                    return client.postJson("/api/v1/seller/profile/submission", "");
                });
            }
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Callable<HttpResponse<String>> submit : submits) {
                answers.add(pool.submit(submit));
            }
            start.countDown();
            Set<String> slugs = new HashSet<>();
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                slugs.add(PortalClient.json(response).getString("slug"));
            }
            String base = "warung-maruf-kembar-" + name.substring(name.length() - 6).toLowerCase();
            assertThat(slugs).containsExactlyInAnyOrder(base, base + "-2", base + "-3", base + "-4");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSellerCannotReachAnotherSellersProfileNorDecideOnIt() {
        PortalClient mallory = loggedIn(freshSeller("Pak Mallory"));
        long demoSellerId = Long.parseLong(TestDatabase.string(
                "SELECT s.id FROM seller s JOIN account a ON a.id = s.account_id WHERE a.email = 'penjual@demo.umkm.id'"));
        String demoAccountBefore = TestDatabase.string("SELECT payout_account_number FROM seller WHERE id = ?", demoSellerId);

        assertThat(mallory.get("/api/v1/seller/profile/" + demoSellerId).statusCode()).isEqualTo(404);
        assertThat(mallory.get("/api/v1/seller/profile?id=" + demoSellerId).statusCode()).as("no profile of his own yet")
                .isEqualTo(404);
        // An id smuggled into the body changes nothing of the other seller: the profile is always the caller's.
        HttpResponse<String> smuggled = put(mallory, "/api/v1/seller/profile", profile("Amplang Palsu",
                SellerTestAccounts.unknownNib(), 8, "081254009999", null).add("id", demoSellerId)
                .add("payout", payout("BANK", "BCA", "999999999", "Mallory")).build().toString());
        assertThat(smuggled.statusCode()).isEqualTo(200);
        assertThat(PortalClient.json(smuggled).getJsonNumber("id").longValue()).isNotEqualTo(demoSellerId);
        assertThat(TestDatabase.string("SELECT payout_account_number FROM seller WHERE id = ?", demoSellerId))
                .isEqualTo(demoAccountBefore);
        assertThat(send(mallory, "PUT", "/api/v1/seller/profile/" + demoSellerId, "{}", "id").statusCode()).isIn(404, 405);

        assertThat(mallory.postJson("/api/v1/staff/sellers/" + demoSellerId + "/decision", decision("SUSPEND", "iseng"))
                .statusCode()).isEqualTo(403);
        assertThat(mallory.get("/api/v1/staff/sellers/queue").statusCode()).isEqualTo(403);
        PortalClient buyer = loggedIn("pembeli@demo.umkm.id");
        assertThat(buyer.postJson("/api/v1/staff/sellers/" + demoSellerId + "/decision", decision("SUSPEND", "iseng"))
                .statusCode()).isEqualTo(403);
        assertThat(buyer.get("/api/v1/seller/profile").statusCode()).as("a buyer has no seller profile API").isEqualTo(403);
        assertThat(new PortalClient(base).postJson("/api/v1/staff/sellers/" + demoSellerId + "/decision",
                decision("SUSPEND", "iseng")).statusCode()).as("anonymous").isEqualTo(401);
        assertThat(TestDatabase.string("SELECT status FROM seller WHERE id = ?", demoSellerId)).isEqualTo("VERIFIED");

        assertThat(new PortalClient(base).get("/api/v1/sellers/" + demoSellerId).statusCode()).isEqualTo(200);
        assertThat(new PortalClient(base).get("/api/v1/sellers/999999999").statusCode()).isEqualTo(404);
        String queued = TestDatabase.string("SELECT s.id FROM seller s JOIN account a ON a.id = s.account_id"
                + " WHERE a.email = 'bingka@toko.demo.umkm.id'");
        HttpResponse<String> notPublic = new PortalClient(base).get("/api/v1/sellers/" + queued);
        assertThat(notPublic.statusCode()).as("a seller waiting for verification is not public").isEqualTo(404);
        assertThat(notPublic.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
    }

    @Test
    void aLogoIsCheckedByContentShownOnTheStorefrontAndSentToStaffAsAChange() {
        PortalClient seller = loggedIn(freshSeller("Ibu Logo"));
        HttpResponse<String> tooEarly = sendBytes(seller, "/api/v1/seller/profile/logo", "image/png", "logo.png",
                TestImages.png(64, 64));
        assertThat(tooEarly.statusCode()).isEqualTo(400);
        assertThat(tooEarly.body()).contains("Mulai dari langkah 1");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM media WHERE owner_account_id = (SELECT id FROM account WHERE email = ?)",
                tokensEmail(seller))).as("nothing stored for a refused logo").isZero();

        long id = PortalClient.json(put(seller, "/api/v1/seller/profile",
                profile("Lempok Durian Manggar", SellerTestAccounts.unknownNib(), 7, "081254002010", null).build().toString()))
                .getJsonNumber("id").longValue();
        String slug = PortalClient.json(seller.postJson("/api/v1/seller/profile/submission", "")).getString("slug");
        PortalClient staff = loggedIn("staf@demo.umkm.id");
        assertThat(staff.postJson("/api/v1/staff/sellers/" + id + "/decision", decision("APPROVE", null)).statusCode())
                .isEqualTo(200);

        HttpResponse<String> renamed = sendBytes(seller, "/api/v1/seller/profile/logo", "image/png", "logo.png",
                "bukan gambar, hanya teks".getBytes(StandardCharsets.UTF_8));
        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(renamed.body()).contains("logo.png bukan foto JPEG, PNG, atau WebP");
        assertThat(TestDatabase.string("SELECT COALESCE(logo_media_id, 'none') FROM seller WHERE id = ?", id)).isEqualTo("none");

        HttpResponse<String> uploaded = sendBytes(seller, "/api/v1/seller/profile/logo", "image/png", "logo.png",
                TestImages.png(300, 200));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        JsonObject profile = PortalClient.json(uploaded);
        assertThat(profile.getString("logoUrl")).matches("/media/\\d+");
        assertThat(profile.getBoolean("changesPending")).as("staff look at a new logo").isTrue();
        assertThat(queueEntry(staff, id)).isPresent();

        HttpResponse<String> storefront = new PortalClient(base).get("/toko/" + slug);
        assertThat(storefront.statusCode()).isEqualTo(200);
        assertThat(storefront.body()).contains(profile.getString("logoUrl") + "/thumb");
        HttpResponse<String> image = new PortalClient(base).get(profile.getString("logoUrl") + "/thumb");
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/"));

        assertThat(send(seller, "DELETE", "/api/v1/seller/profile/logo", "", "id").statusCode()).isEqualTo(204);
        assertThat(TestDatabase.string("SELECT COALESCE(logo_media_id, 'none') FROM seller WHERE id = ?", id)).isEqualTo("none");
        assertThat(new PortalClient(base).get("/toko/" + slug).body()).doesNotContain(profile.getString("logoUrl"));
    }

    private String tokensEmail(PortalClient client) {
        return PortalClient.json(client.get("/api/v1/auth/me")).getString("email");
    }

    private HttpResponse<String> sendBytes(PortalClient client, String path, String contentType, String fileName, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + base.getPort() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("X-File-Name", fileName)
                .header("Authorization", "Bearer " + tokens.get(client))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private PortalClient loggedIn(String email) {
        PortalClient client = new PortalClient(base);
        tokens.put(client, client.login(email, PASSWORD));
        return client;
    }

    private static Optional<JsonObject> queueEntry(PortalClient staff, long sellerId) {
        HttpResponse<String> queue = staff.get("/api/v1/staff/sellers/queue");
        assertThat(queue.statusCode()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(queue.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(e -> e.getJsonNumber("id").longValue() == sellerId).findFirst();
        }
    }

    private static JsonObjectBuilder profile(String name, String nib, int categoryId, String phone, String nmid) {
        JsonObjectBuilder payout = payout("BANK", "BANK_KALTIMTARA", "0011223344", "Rahmawati Sejahtera");
        if (nmid != null) {
            payout.add("qrisNmid", nmid);
        }
        return Json.createObjectBuilder()
                .add("business", Json.createObjectBuilder().add("businessName", name).add("ownerName", "Pemilik " + name)
                        .add("nib", nib).add("categoryId", categoryId).add("scale", "MICRO").add("womenLed", true))
                .add("location", location(5, 28, phone))
                .add("payout", payout);
    }

    private static JsonObjectBuilder location(int kecamatanId, int kelurahanId, String phone) {
        return Json.createObjectBuilder().add("kecamatanId", kecamatanId).add("kelurahanId", kelurahanId)
                .add("address", "Jl. Mulawarman Km 24").add("phone", phone).add("description", "Usaha keluarga.");
    }

    private static JsonObjectBuilder payout(String method, String provider, String number, String holder) {
        return Json.createObjectBuilder().add("payoutMethod", method).add("payoutProvider", provider)
                .add("accountNumber", number).add("accountHolder", holder);
    }

    private static String decision(String decision, String reason) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("decision", decision);
        if (reason != null) {
            body.add("reason", reason);
        }
        return body.build().toString();
    }

    private HttpResponse<String> put(PortalClient client, String path, String json) {
        return send(client, "PUT", path, json, "id");
    }

    /** PortalClient speaks GET and POST; PUT goes out here with the same Bearer token. */
    private HttpResponse<String> send(PortalClient client, String method, String path, String json, String language) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + base.getPort() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Accept-Language", language)
                .header("Authorization", "Bearer " + tokens.get(client))
                .method(method, HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
