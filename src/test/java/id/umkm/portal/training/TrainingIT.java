package id.umkm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.Browser;
import id.umkm.portal.testsupport.Mailbox;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.PortalDeployment;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Training seats as sellers and staff meet them: budgets, first-come seats under load, waiting lists, the priority scale. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingIT {

    private static final String DEMO_PASSWORD = "umkm-demo-2026";
    private static final short KOTA = 2;
    private static final short TIMUR = 5;

    @Deployment(testable = false)
    static WebArchive portal() {
        return PortalDeployment.builtWar();
    }

    @ArquillianResource
    private URL base;

    @BeforeEach
    void ready() {
        PortalDeployment.awaitReady(base);
        TestDatabase.loadDemoData();
    }

    @Test
    void staffCannotOfferMoreSeatsThanTheBudgetPays() {
        PortalClient staff = staff();
        HttpResponse<String> over = staff.postJson("/api/v1/staff/trainings",
                programme("Pemasaran digital", "FIRST_COME", 30, 500_000, 10_000_000, 0, 3600).build().toString());
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(over.body()).contains("capacity").contains("20");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_programme WHERE title = 'Pemasaran digital'")).isZero();
    }

    @Test
    void twentySellersRacingForFiveSeatsGetExactlyFiveAndAnOrderedWaitingList() throws Exception {
        long programme = openProgramme("QRIS untuk warung", "FIRST_COME", 5, 0, 3600, Map.of());
        List<PortalClient> sellers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            sellers.add(verifiedSeller("Warung " + i, KOTA, "MICRO", false));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Integer>> applications = sellers.stream()
                .<Callable<Integer>>map(s -> () -> s.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}").statusCode())
                .toList();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(applications)) {
            codes.add(f.get());
        }
        pool.shutdown();

        assertThat(codes).containsOnly(201);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_enrollment WHERE programme_id = ? AND status = 'CONFIRMED'", programme))
                .isEqualTo(5);
        assertThat(TestDatabase.count("SELECT seats_taken FROM training_programme WHERE id = ?", programme)).isEqualTo(5);
        List<Integer> places = sellers.stream().map(s -> PortalClient.json(s.get("/api/v1/trainings/" + programme + "/enrollments")))
                .filter(e -> e.getString("status").equals("WAITLISTED")).map(e -> e.getInt("rank")).sorted().toList();
        assertThat(places).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 15).boxed().toList());

        // A confirmed seller cancels: the first on the waiting list is offered the seat by mail and takes it.
        PortalClient leaving = sellers.stream().filter(s -> status(s, programme).equals("CONFIRMED")).findFirst().orElseThrow();
        PortalClient first = sellers.stream().filter(s -> "WAITLISTED".equals(status(s, programme))
                && PortalClient.json(s.get("/api/v1/trainings/" + programme + "/enrollments")).getInt("rank") == 1)
                .findFirst().orElseThrow();
        assertThat(leaving.delete("/api/v1/trainings/" + programme + "/enrollments").statusCode()).isEqualTo(204);
        JsonObject offered = PortalClient.json(first.get("/api/v1/trainings/" + programme + "/enrollments"));
        assertThat(offered.getString("status")).isEqualTo("OFFERED");
        assertThat(Instant.parse(offered.getString("offerExpiresAt").replaceFirst("\\[.*", "")))
                .isBetween(Instant.now().plus(Duration.ofHours(47)), Instant.now().plus(Duration.ofHours(49)));
        assertThat(Mailbox.body(Mailbox.await(emailOf(first), "QRIS untuk warung", Duration.ofSeconds(20))))
                .contains("QRIS untuk warung");
        assertThat(first.postJson("/api/v1/trainings/" + programme + "/enrollments/acceptance", "{}").statusCode()).isEqualTo(200);
        assertThat(status(first, programme)).isEqualTo("CONFIRMED");
        assertThat(TestDatabase.count("SELECT seats_taken FROM training_programme WHERE id = ?", programme)).isEqualTo(5);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_enrollment WHERE programme_id = ? AND status IN ('CONFIRMED', 'OFFERED')", programme))
                .isEqualTo(5);

        // Another seat comes free; its offer goes unanswered past the deadline and passes to the next in line.
        PortalClient second = sellers.stream().filter(s -> "WAITLISTED".equals(status(s, programme))
                && PortalClient.json(s.get("/api/v1/trainings/" + programme + "/enrollments")).getInt("rank") == 1)
                .findFirst().orElseThrow();
        PortalClient third = sellers.stream().filter(s -> "WAITLISTED".equals(status(s, programme))
                && PortalClient.json(s.get("/api/v1/trainings/" + programme + "/enrollments")).getInt("rank") == 2)
                .findFirst().orElseThrow();
        assertThat(leaving == first).isFalse();
        assertThat(first.delete("/api/v1/trainings/" + programme + "/enrollments").statusCode()).isEqualTo(204);
        assertThat(status(second, programme)).isEqualTo("OFFERED");
        TestDatabase.update("UPDATE training_enrollment SET offer_expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND"
                + " WHERE programme_id = ? AND status = 'OFFERED'", programme);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"OFFERED".equals(status(third, programme)) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(status(second, programme)).as("the lapsed offer").isEqualTo("DECLINED");
        assertThat(status(third, programme)).as("passed on to the next").isEqualTo("OFFERED");
        assertThat(TestDatabase.count("SELECT seats_taken FROM training_programme WHERE id = ?", programme)).isEqualTo(5);
    }

    @Test
    void onlyVerifiedSellersApplyOnceWhileRegistrationIsOpen() {
        long notYet = openProgramme("Kemasan produk", "FIRST_COME", 10, 3600, 7200, Map.of());
        long open = openProgramme("Pembukuan sederhana", "FIRST_COME", 10, 0, 3600, Map.of());
        PortalClient seller = verifiedSeller("Kue Bingka Nur", KOTA, "SMALL", true);

        HttpResponse<String> early = seller.postJson("/api/v1/trainings/" + notYet + "/enrollments", "{}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(seller.postJson("/api/v1/trainings/" + open + "/enrollments", "{}").statusCode()).isEqualTo(201);
        assertThat(seller.postJson("/api/v1/trainings/" + open + "/enrollments", "{}").statusCode()).isEqualTo(409);
        assertThat(seller.postJson("/api/v1/trainings/999999/enrollments", "{}").statusCode()).isEqualTo(404);

        PortalClient buyer = new PortalClient(base);
        buyer.login("pembeli@demo.umkm.id", DEMO_PASSWORD);
        assertThat(buyer.postJson("/api/v1/trainings/" + open + "/enrollments", "{}").statusCode()).isEqualTo(403);

        PortalClient unverified = sellerAccount("Belum Diverifikasi", KOTA, "MICRO", false, "SUBMITTED");
        HttpResponse<String> refused = unverified.postJson("/api/v1/trainings/" + open + "/enrollments", "{}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_enrollment WHERE programme_id = ?", open)).isEqualTo(1);

        JsonArray list = Json.createReader(new StringReader(new PortalClient(base).get("/api/v1/trainings").body())).readArray();
        assertThat(list.getValuesAs(JsonObject.class)).extracting(p -> p.getJsonNumber("id").longValue())
                .contains(open).doesNotContain(notYet);
    }

    @Test
    void priorityProgrammeRanksByThePublishedScaleWithAReservedSeat() throws Exception {
        PortalClient small = verifiedSeller("Toko Besar Sedikit", KOTA, "SMALL", false);      // 30 (never trained) + 20 (not online)
        PortalClient microWoman = verifiedSeller("Anyaman Ibu Rahma", KOTA, "MICRO", true);  // 30 + 25 + 20 + 15 = 90
        PortalClient microMan = verifiedSeller("Kerupuk Pak Amir", KOTA, "MICRO", false);    // 30 + 25 + 20 = 75
        PortalClient timur = verifiedSeller("Batik Manuntung", TIMUR, "SMALL", false);       // 50, reserved seat
        long programme = openProgramme("Pengembangan produk", "PRIORITY", 2, 0, 8, Map.of(TIMUR, 1));
        Instant closes = Instant.now().plusSeconds(8);
        for (PortalClient s : List.of(small, microWoman, microMan, timur)) {
            HttpResponse<String> applied = s.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}");
            assertThat(applied.statusCode()).isEqualTo(201);
            assertThat(PortalClient.json(applied).getString("status")).isEqualTo("APPLIED");
        }
        PortalClient staff = staff();
        assertThat(staff.postJson("/api/v1/staff/trainings/" + programme + "/allocation", "{}").statusCode())
                .as("window still open").isEqualTo(409);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), closes).toMillis()) + 500);

        // Staff may allocate at once; otherwise the job does it within its interval. Either way, once only.
        int answer = staff.postJson("/api/v1/staff/trainings/" + programme + "/allocation", "{}").statusCode();
        assertThat(answer).isIn(200, 409);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"ALLOCATED".equals(TestDatabase.string("SELECT status FROM training_programme WHERE id = ?", programme))
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(staff.postJson("/api/v1/staff/trainings/" + programme + "/allocation", "{}").statusCode())
                .as("allocated once").isEqualTo(409);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_enrollment WHERE programme_id = ? AND status = 'APPLIED'", programme))
                .isZero();

        JsonObject woman = enrollment(microWoman, programme);
        assertThat(woman.getString("status")).isEqualTo("CONFIRMED");
        assertThat(woman.getInt("score")).isEqualTo(90);
        assertThat(woman.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("NEVER_TRAINED:30", "MICRO_SCALE:25", "NOT_SELLING_ONLINE:20", "WOMEN_LED:15");
        assertThat(enrollment(timur, programme).getString("status")).as("the seat reserved for Balikpapan Timur").isEqualTo("CONFIRMED");
        JsonObject man = enrollment(microMan, programme);
        assertThat(man.getString("status")).isEqualTo("WAITLISTED");
        assertThat(man.getInt("rank")).isEqualTo(1);
        assertThat(enrollment(small, programme).getInt("rank")).isEqualTo(2);
        assertThat(TestDatabase.count("SELECT seats_taken FROM training_programme WHERE id = ?", programme)).isEqualTo(2);
    }

    @Test
    void aSellerAppliesOnTheTrainingsPageAndSeesTheirSeat() {
        long programme = openProgramme("Foto produk dengan ponsel", "FIRST_COME", 12, 0, 3600, Map.of());
        PortalClient seller = verifiedSeller("Amplang Kerang Sari", KOTA, "MICRO", true);
        try (Browser browser = Browser.open()) {
            for (Dimension screen : List.of(Browser.PHONE, Browser.DESKTOP)) {
                browser.driver().manage().deleteAllCookies();
                browser.resize(screen);
                browser.logIn(base, emailOf(seller), DEMO_PASSWORD);
                browser.waitUpTo(20).until(ExpectedConditions.urlContains("/seller/"));
                browser.open(base, "/seller/trainings.xhtml");
                String suffix = screen == Browser.PHONE ? "phone" : "desktop";
                if (screen == Browser.PHONE) {
                    browser.screenshot("trainings-open-phone");
                    browser.driver().findElement(By.cssSelector("#programme-" + programme + " button[id$=':apply']")).click();
                    browser.waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("enrollment-" + programme)));
                }
                assertThat(browser.driver().findElement(By.id("enrollment-" + programme)).getText())
                        .contains("Foto produk dengan ponsel").contains("Dapat kursi");
                assertThat(browser.scrollsSideways()).as("trainings page on " + suffix).isFalse();
                browser.screenshot("trainings-enrolled-" + suffix);
            }
        }
        assertThat(status(seller, programme)).isEqualTo("CONFIRMED");
    }

    @Test
    void staffOpenTheirDraftAndSeeWhoApplied() {
        PortalClient staffApi = staff();
        HttpResponse<String> created = staffApi.postJson("/api/v1/staff/trainings",
                programme("Keamanan pangan rumahan", "FIRST_COME", 8, 100_000, 800_000, 0, 3600).build().toString());
        long programme = PortalClient.json(created).getJsonNumber("id").longValue();
        PortalClient seller = verifiedSeller("Sambal Raja Banjar", TIMUR, "MICRO", true);
        try (Browser browser = Browser.open()) {
            browser.resize(Browser.DESKTOP);
            browser.logIn(base, "staf@demo.umkm.id", DEMO_PASSWORD);
            browser.waitUpTo(20).until(ExpectedConditions.urlContains("/staff/"));
            browser.open(base, "/staff/trainings.xhtml");
            browser.driver().findElement(By.id("programme:define")).click();
            browser.waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#programme .ui-message-error")));
            assertThat(browser.driver().findElement(By.cssSelector("#programme .ui-message-error")).getText()).contains("Judul");

            By openButton = By.xpath("//tr[contains(., 'Keamanan pangan rumahan')]//button[contains(@id, ':open')]");
            browser.driver().findElement(openButton).click();
            browser.waitUpTo(10).until(ExpectedConditions.invisibilityOfElementLocated(openButton));
            assertThat(seller.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}").statusCode()).isEqualTo(201);
            browser.driver().findElement(By.xpath("//tr[contains(., 'Keamanan pangan rumahan')]//button[contains(@id, ':roster')]")).click();
            browser.waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("programmes:roster"), "Sambal Raja Banjar"));
            browser.screenshot("staff-trainings-desktop");
            browser.resize(Browser.PHONE);
            browser.driver().navigate().refresh();
            assertThat(browser.scrollsSideways()).as("staff trainings on a phone").isFalse();
            browser.screenshot("staff-trainings-phone");
        }
    }

    private long openProgramme(String title, String mode, int capacity, int opensInSeconds, int closesInSeconds,
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

    private static JsonObjectBuilder programme(String title, String mode, int capacity, long perParticipant, long total,
            int opensInSeconds, int closesInSeconds) {
        Instant now = Instant.now();
        return Json.createObjectBuilder().add("title", title).add("topic", "DIGITAL_MARKETING")
                .add("partner", "Bank Indonesia Balikpapan").add("venue", "Aula DKUMKMP").add("capacity", capacity)
                .add("budgetPerParticipantRupiah", perParticipant).add("totalBudgetRupiah", total)
                .add("registrationOpensAt", now.plusSeconds(opensInSeconds).minusSeconds(opensInSeconds == 0 ? 60 : 0).toString())
                .add("registrationClosesAt", now.plusSeconds(closesInSeconds).toString())
                .add("allocationMode", mode).add("hours", 8);
    }

    private PortalClient staff() {
        PortalClient staff = new PortalClient(base);
        staff.login("staf@demo.umkm.id", DEMO_PASSWORD);
        return staff;
    }

    private PortalClient verifiedSeller(String business, short kecamatan, String scale, boolean womenLed) {
        return sellerAccount(business, kecamatan, scale, womenLed, "VERIFIED");
    }

    /** A SELLER account with a profile in the given state, made directly in the database (onboarding is tested elsewhere). */
    private PortalClient sellerAccount(String business, short kecamatan, String scale, boolean womenLed, String status) {
        String email = "latih-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        TestDatabase.update("INSERT INTO account (email, full_name, password_hash, status, email_verified_at, created_at)"
                + " SELECT ?, ?, password_hash, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account WHERE email = 'penjual@demo.umkm.id'",
                email, business);
        TestDatabase.update("INSERT INTO account_role (account_id, role) SELECT id, 'SELLER' FROM account WHERE email = ?", email);
        TestDatabase.update("INSERT INTO seller (account_id, business_name, kecamatan_id, kelurahan_id, scale, women_led, status,"
                + " created_at, updated_at) SELECT a.id, ?, ?, (SELECT MIN(id) FROM kelurahan WHERE kecamatan_id = ?), ?, ?, ?,"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account a WHERE a.email = ?",
                business, kecamatan, kecamatan, scale, womenLed, status, email);
        PortalClient client = new PortalClient(base);
        client.login(email, DEMO_PASSWORD);
        emails.put(client, email);
        return client;
    }

    private final Map<PortalClient, String> emails = new java.util.concurrent.ConcurrentHashMap<>();

    private String emailOf(PortalClient client) {
        return emails.get(client);
    }

    private static String status(PortalClient seller, long programme) {
        return enrollment(seller, programme).getString("status");
    }

    private static JsonObject enrollment(PortalClient seller, long programme) {
        return PortalClient.json(seller.get("/api/v1/trainings/" + programme + "/enrollments"));
    }

}
