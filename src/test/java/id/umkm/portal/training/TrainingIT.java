package id.umkm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.Browser;
import id.umkm.portal.testsupport.Mailbox;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import id.umkm.portal.testsupport.QrReader;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Training seats as sellers and staff meet them: budgets, first-come seats under load, waiting lists, the priority scale. */
class TrainingIT extends PortalIT {

    private static final String DEMO_PASSWORD = "umkm-demo-2026";
    private static final short KOTA = 2;
    private static final short TIMUR = 5;
    private static final short FOOD = 1;
    private static final short CRAFT = 15;

    private TrainingFixtures fixtures;

    @BeforeEach
    void ready() {
        fixtures = new TrainingFixtures(base);
        TestDatabase.loadDemoData();
    }

    @Test
    void staffCannotOfferMoreSeatsThanTheBudgetPays() {
        PortalClient staff = fixtures.staff();
        HttpResponse<String> over = staff.postJson("/api/v1/staff/trainings",
                fixtures.programme("Pemasaran digital", "FIRST_COME", 30, 500_000, 10_000_000, 0, 3600).build().toString());
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(over.body()).contains("capacity").contains("20");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_programme WHERE title = 'Pemasaran digital'")).isZero();
    }

    @Test
    void twoHundredSellersRacingForThirtySeatsGetExactlyThirtyAndAnOrderedWaitingList() throws Exception {
        long programme = fixtures.openProgramme("QRIS untuk warung", "FIRST_COME", 30, 0, 3600, Map.of());
        List<PortalClient> sellers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            sellers.add(fixtures.quickSeller("Warung " + i, KOTA));
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
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
                .isEqualTo(30);
        assertThat(TestDatabase.count("SELECT seats_taken FROM training_programme WHERE id = ?", programme)).isEqualTo(30);
        // Arrival order: the waiting-list places follow the order the applications were stored in.
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_enrollment a JOIN training_enrollment b"
                + " ON a.programme_id = b.programme_id AND a.status = 'WAITLISTED' AND b.status = 'WAITLISTED'"
                + " AND a.id < b.id AND a.queue_rank > b.queue_rank WHERE a.programme_id = ?", programme)).isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_enrollment c JOIN training_enrollment w"
                + " ON c.programme_id = w.programme_id AND c.status = 'CONFIRMED' AND w.status = 'WAITLISTED' AND c.id > w.id"
                + " WHERE c.programme_id = ?", programme)).as("nobody confirmed after someone was wait-listed").isZero();
        List<Integer> places = sellers.stream().map(s -> PortalClient.json(s.get("/api/v1/trainings/" + programme + "/enrollments")))
                .filter(e -> e.getString("status").equals("WAITLISTED")).map(e -> e.getInt("rank")).sorted().toList();
        assertThat(places).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 170).boxed().toList());

        // A confirmed seller cancels: the first on the waiting list is offered the seat by mail and takes it.
        PortalClient leaving = sellers.stream().filter(s -> fixtures.status(s, programme).equals("CONFIRMED")).findFirst().orElseThrow();
        PortalClient first = sellers.stream().filter(s -> "WAITLISTED".equals(fixtures.status(s, programme))
                && PortalClient.json(s.get("/api/v1/trainings/" + programme + "/enrollments")).getInt("rank") == 1)
                .findFirst().orElseThrow();
        assertThat(leaving.delete("/api/v1/trainings/" + programme + "/enrollments").statusCode()).isEqualTo(204);
        JsonObject offered = PortalClient.json(first.get("/api/v1/trainings/" + programme + "/enrollments"));
        assertThat(offered.getString("status")).isEqualTo("OFFERED");
        assertThat(Instant.parse(offered.getString("offerExpiresAt").replaceFirst("\\[.*", "")))
                .isBetween(Instant.now().plus(Duration.ofHours(47)), Instant.now().plus(Duration.ofHours(49)));
        assertThat(Mailbox.body(Mailbox.await(fixtures.emailOf(first), "QRIS untuk warung", Duration.ofSeconds(20))))
                .contains("QRIS untuk warung");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_enrollment WHERE programme_id = ? AND status = 'OFFERED'", programme))
                .as("a cancellation promotes exactly one").isEqualTo(1);
        assertThat(first.postJson("/api/v1/trainings/" + programme + "/enrollments/acceptance", "{}").statusCode()).isEqualTo(200);
        assertThat(fixtures.status(first, programme)).isEqualTo("CONFIRMED");
        assertThat(TestDatabase.count("SELECT seats_taken FROM training_programme WHERE id = ?", programme)).isEqualTo(30);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_enrollment WHERE programme_id = ? AND status IN ('CONFIRMED', 'OFFERED')", programme))
                .isEqualTo(30);

        // Another seat comes free; its offer goes unanswered past the deadline and passes to the next in line.
        PortalClient second = sellers.stream().filter(s -> "WAITLISTED".equals(fixtures.status(s, programme))
                && PortalClient.json(s.get("/api/v1/trainings/" + programme + "/enrollments")).getInt("rank") == 1)
                .findFirst().orElseThrow();
        PortalClient third = sellers.stream().filter(s -> "WAITLISTED".equals(fixtures.status(s, programme))
                && PortalClient.json(s.get("/api/v1/trainings/" + programme + "/enrollments")).getInt("rank") == 2)
                .findFirst().orElseThrow();
        assertThat(leaving == first).isFalse();
        assertThat(first.delete("/api/v1/trainings/" + programme + "/enrollments").statusCode()).isEqualTo(204);
        assertThat(fixtures.status(second, programme)).isEqualTo("OFFERED");
        TestDatabase.update("UPDATE training_enrollment SET offer_expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND"
                + " WHERE programme_id = ? AND status = 'OFFERED'", programme);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"OFFERED".equals(fixtures.status(third, programme)) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(fixtures.status(second, programme)).as("the lapsed offer").isEqualTo("DECLINED");
        assertThat(fixtures.status(third, programme)).as("passed on to the next").isEqualTo("OFFERED");
        assertThat(TestDatabase.count("SELECT seats_taken FROM training_programme WHERE id = ?", programme)).isEqualTo(30);
    }

    @Test
    void onlyVerifiedSellersApplyOnceWhileRegistrationIsOpen() {
        long notYet = fixtures.openProgramme("Kemasan produk", "FIRST_COME", 10, 3600, 7200, Map.of());
        long open = fixtures.openProgramme("Pembukuan sederhana", "FIRST_COME", 10, 0, 3600, Map.of());
        PortalClient seller = fixtures.verifiedSeller("Kue Bingka Nur", KOTA, "SMALL", true);

        HttpResponse<String> early = seller.postJson("/api/v1/trainings/" + notYet + "/enrollments", "{}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(seller.postJson("/api/v1/trainings/" + open + "/enrollments", "{}").statusCode()).isEqualTo(201);
        assertThat(seller.postJson("/api/v1/trainings/" + open + "/enrollments", "{}").statusCode()).isEqualTo(409);
        assertThat(seller.postJson("/api/v1/trainings/999999/enrollments", "{}").statusCode()).isEqualTo(404);

        PortalClient buyer = new PortalClient(base);
        buyer.login("pembeli@demo.umkm.id", DEMO_PASSWORD);
        assertThat(buyer.postJson("/api/v1/trainings/" + open + "/enrollments", "{}").statusCode()).isEqualTo(403);

        PortalClient unverified = fixtures.sellerAccount("Belum Diverifikasi", KOTA, "MICRO", false, "SUBMITTED");
        HttpResponse<String> refused = unverified.postJson("/api/v1/trainings/" + open + "/enrollments", "{}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_enrollment WHERE programme_id = ?", open)).isEqualTo(1);

        JsonArray list = Json.createReader(new StringReader(new PortalClient(base).get("/api/v1/trainings").body())).readArray();
        assertThat(list.getValuesAs(JsonObject.class)).extracting(p -> p.getJsonNumber("id").longValue())
                .contains(open).doesNotContain(notYet);
    }

    @Test
    void priorityProgrammeRanksByThePublishedScaleWithAReservedSeat() throws Exception {
        PortalClient small = fixtures.verifiedSeller("Toko Besar Sedikit", KOTA, "SMALL", false);      // 30 (never trained) + 20 (not online)
        PortalClient microWoman = fixtures.verifiedSeller("Anyaman Ibu Rahma", KOTA, "MICRO", true);  // 30 + 25 + 20 + 15 = 90
        PortalClient microMan = fixtures.verifiedSeller("Kerupuk Pak Amir", KOTA, "MICRO", false);    // 30 + 25 + 20 = 75
        PortalClient timur = fixtures.verifiedSeller("Batik Manuntung", TIMUR, "SMALL", false);       // 50, reserved seat
        long programme = fixtures.openProgramme("Pengembangan produk", "PRIORITY", 2, 0, 8, Map.of(TIMUR, 1));
        Instant closes = Instant.now().plusSeconds(8);
        for (PortalClient s : List.of(small, microWoman, microMan, timur)) {
            HttpResponse<String> applied = s.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}");
            assertThat(applied.statusCode()).isEqualTo(201);
            assertThat(PortalClient.json(applied).getString("status")).isEqualTo("APPLIED");
        }
        PortalClient staff = fixtures.staff();
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

        JsonObject woman = fixtures.enrollment(microWoman, programme);
        assertThat(woman.getString("status")).isEqualTo("CONFIRMED");
        assertThat(woman.getInt("score")).isEqualTo(90);
        assertThat(woman.getJsonArray("reasons").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly("NEVER_TRAINED:30", "MICRO_SCALE:25", "NOT_SELLING_ONLINE:20", "WOMEN_LED:15");
        assertThat(fixtures.enrollment(timur, programme).getString("status")).as("the seat reserved for Balikpapan Timur").isEqualTo("CONFIRMED");
        JsonObject man = fixtures.enrollment(microMan, programme);
        assertThat(man.getString("status")).isEqualTo("WAITLISTED");
        assertThat(man.getInt("rank")).isEqualTo(1);
        assertThat(fixtures.enrollment(small, programme).getInt("rank")).isEqualTo(2);
        assertThat(TestDatabase.count("SELECT seats_taken FROM training_programme WHERE id = ?", programme)).isEqualTo(2);
    }

    @Test
    void inPriorityModeASeatGivenUpAfterAllocationIsOfferedToTheNextInRankOrder() throws Exception {
        // Applied in the reverse of their rank, so arrival order cannot pass for rank order.
        PortalClient small = fixtures.verifiedSeller("Toko Kecil Terakhir", KOTA, "SMALL", false);   // 50: rank 2 on the list
        PortalClient microMan = fixtures.verifiedSeller("Keripik Pak Udin", KOTA, "MICRO", false);   // 75: rank 1 on the list
        PortalClient microWoman = fixtures.verifiedSeller("Tenun Ibu Sari", KOTA, "MICRO", true);    // 90: the seat
        long programme = fixtures.openProgramme("Pembukuan usaha mikro", "PRIORITY", 1, 0, 8, Map.of());
        Instant closes = Instant.now().plusSeconds(8);
        for (PortalClient s : List.of(small, microMan, microWoman)) {
            assertThat(s.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}").statusCode()).isEqualTo(201);
        }
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), closes).toMillis()) + 500);
        assertThat(fixtures.staff().postJson("/api/v1/staff/trainings/" + programme + "/allocation", "{}").statusCode())
                .isIn(200, 409);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"ALLOCATED".equals(TestDatabase.string("SELECT status FROM training_programme WHERE id = ?", programme))
                && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(fixtures.status(microWoman, programme)).isEqualTo("CONFIRMED");
        assertThat(fixtures.enrollment(microMan, programme).getInt("rank")).isEqualTo(1);
        assertThat(fixtures.enrollment(small, programme).getInt("rank")).isEqualTo(2);

        assertThat(microWoman.delete("/api/v1/trainings/" + programme + "/enrollments").statusCode()).isEqualTo(204);
        assertThat(fixtures.status(microMan, programme)).as("the next in rank order").isEqualTo("OFFERED");
        assertThat(fixtures.status(small, programme)).as("applied first, ranked lower").isEqualTo("WAITLISTED");
        assertThat(Mailbox.body(Mailbox.await(fixtures.emailOf(microMan), "Ada kursi untuk Anda", Duration.ofSeconds(20))))
                .contains("Pembukuan usaha mikro");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_enrollment WHERE programme_id = ? AND status = 'OFFERED'",
                programme)).as("one seat, one offer").isEqualTo(1);
    }

    @Test
    void aSellerAppliesOnTheTrainingsPageAndSeesTheirSeat() {
        long programme = fixtures.openProgramme("Foto produk dengan ponsel", "FIRST_COME", 12, 0, 3600, Map.of());
        PortalClient seller = fixtures.verifiedSeller("Amplang Kerang Sari", KOTA, "MICRO", true);
        try (Browser browser = Browser.open()) {
            for (Dimension screen : List.of(Browser.PHONE, Browser.DESKTOP)) {
                browser.driver().manage().deleteAllCookies();
                browser.resize(screen);
                browser.logIn(base, fixtures.emailOf(seller), DEMO_PASSWORD);
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
        assertThat(fixtures.status(seller, programme)).isEqualTo("CONFIRMED");
    }

    @Test
    void staffOpenTheirDraftAndSeeWhoApplied() {
        PortalClient staffApi = fixtures.staff();
        HttpResponse<String> created = staffApi.postJson("/api/v1/staff/trainings",
                fixtures.programme("Keamanan pangan rumahan", "FIRST_COME", 8, 100_000, 800_000, 0, 3600).build().toString());
        long programme = PortalClient.json(created).getJsonNumber("id").longValue();
        PortalClient seller = fixtures.verifiedSeller("Sambal Raja Banjar", TIMUR, "MICRO", true);
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

    @Test
    void eligibilityByScaleKecamatanAndCategoryIsCheckedAtEnrolment() {
        PortalClient staff = fixtures.staff();
        JsonObjectBuilder form = fixtures.programme("Kemasan kuliner Timur", "FIRST_COME", 10, 100_000, 1_000_000, 0, 3600)
                .add("eligibleScales", Json.createArrayBuilder().add("MICRO"))
                .add("eligibleKecamatanIds", Json.createArrayBuilder().add(TIMUR))
                .add("eligibleCategoryIds", Json.createArrayBuilder().add(FOOD));
        long programme = PortalClient.json(staff.postJson("/api/v1/staff/trainings", form.build().toString()))
                .getJsonNumber("id").longValue();
        assertThat(staff.postJson("/api/v1/staff/trainings/" + programme + "/opening", "{}").statusCode()).isEqualTo(200);

        PortalClient small = fixtures.sellerAccount("Kopi Skala Kecil", TIMUR, "SMALL", false, "VERIFIED", FOOD);
        PortalClient elsewhere = fixtures.sellerAccount("Kue Kota", KOTA, "MICRO", false, "VERIFIED", FOOD);
        PortalClient crafts = fixtures.sellerAccount("Anyaman Timur", TIMUR, "MICRO", false, "VERIFIED", CRAFT);
        PortalClient fits = fixtures.sellerAccount("Bingka Timur", TIMUR, "MICRO", true, "VERIFIED", FOOD);
        assertRefused(small.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}"), "skala usaha");
        assertRefused(elsewhere.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}"), "kecamatan");
        assertRefused(crafts.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}"), "kategori usaha");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_enrollment WHERE programme_id = ?", programme)).isZero();
        HttpResponse<String> ok = fits.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}");
        assertThat(ok.statusCode()).isEqualTo(201);
        assertThat(PortalClient.json(ok).getString("status")).isEqualTo("CONFIRMED");
    }

    @Test
    void firstComeSeatsHeldForAKecamatanAreKeptUnderLoadAndReleasedAtClose() throws Exception {
        long programme = fixtures.openProgramme("Pemasaran lewat marketplace", "FIRST_COME", 5, 0, 3600, Map.of(TIMUR, 2));
        List<PortalClient> kota = new ArrayList<>();
        List<PortalClient> timur = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            kota.add(fixtures.quickSeller("Kota " + i, KOTA));
        }
        timur.add(fixtures.quickSeller("Timur 0", TIMUR));
        ExecutorService pool = Executors.newFixedThreadPool(9);
        List<Callable<Integer>> all = new ArrayList<>();
        for (PortalClient s : kota) {
            all.add(() -> s.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}").statusCode());
        }
        all.add(() -> timur.get(0).postJson("/api/v1/trainings/" + programme + "/enrollments", "{}").statusCode());
        for (Future<Integer> f : pool.invokeAll(all)) {
            assertThat(f.get()).isEqualTo(201);
        }
        pool.shutdown();
        // 3 open seats for Kota, 2 held for Timur of which one is taken.
        assertThat(kota.stream().filter(s -> fixtures.status(s, programme).equals("CONFIRMED")).count()).isEqualTo(3);
        assertThat(fixtures.status(timur.get(0), programme)).isEqualTo("CONFIRMED");
        assertThat(TestDatabase.count("SELECT seats_taken FROM training_programme WHERE id = ?", programme)).isEqualTo(4);
        assertThat(TestDatabase.count("SELECT seats_taken FROM training_quota WHERE programme_id = ?", programme)).isEqualTo(1);

        PortalClient lateTimur = fixtures.quickSeller("Timur 1", TIMUR);
        assertThat(PortalClient.json(lateTimur.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}"))
                .getString("status")).as("the held seat still waits for Timur").isEqualTo("CONFIRMED");
        PortalClient thirdTimur = fixtures.quickSeller("Timur 2", TIMUR);
        assertThat(PortalClient.json(thirdTimur.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}"))
                .getString("status")).isEqualTo("WAITLISTED");

        // A Timur participant leaves while registration is open: the seat goes to the next from Timur, not the first Kota.
        assertThat(lateTimur.delete("/api/v1/trainings/" + programme + "/enrollments").statusCode()).isEqualTo(204);
        assertThat(fixtures.status(thirdTimur, programme)).isEqualTo("OFFERED");
        assertThat(thirdTimur.delete("/api/v1/trainings/" + programme + "/enrollments").statusCode()).isEqualTo(204);
        PortalClient firstKotaWaiting = kota.stream().filter(s -> "WAITLISTED".equals(fixtures.status(s, programme))
                && fixtures.enrollment(s, programme).getInt("rank") == 1).findFirst().orElseThrow();
        assertThat(fixtures.status(firstKotaWaiting, programme)).as("held seat not given away while open").isEqualTo("WAITLISTED");

        // Registration closes: the unclaimed held seat goes to the waiting list in order (by the job).
        TestDatabase.update("UPDATE training_programme SET registration_closes_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND,"
                + " registration_opens_at = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR WHERE id = ?", programme);
        fixtures.awaitStatus(firstKotaWaiting, programme, "OFFERED");
        assertThat(TestDatabase.count("SELECT seats_taken FROM training_programme WHERE id = ?", programme)).isEqualTo(5);
    }

    @Test
    void staffOverridesNeedAReasonAndLeaveAnAuditTrail() {
        long programme = fixtures.openProgramme("Pembukuan digital", "FIRST_COME", 1, 0, 3600, Map.of());
        PortalClient seated = fixtures.quickSeller("Duduk Duluan", KOTA);
        PortalClient second = fixtures.quickSeller("Tunggu Dua", KOTA);
        PortalClient third = fixtures.quickSeller("Tunggu Tiga", KOTA);
        for (PortalClient s : List.of(seated, second, third)) {
            assertThat(s.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}").statusCode()).isEqualTo(201);
        }
        long seatedId = fixtures.enrollment(seated, programme).getJsonNumber("id").longValue();
        long thirdId = fixtures.enrollment(third, programme).getJsonNumber("id").longValue();
        PortalClient staff = fixtures.staff();

        HttpResponse<String> noReason = staff.postJson("/api/v1/staff/trainings/enrollments/" + seatedId + "/overrides",
                "{\"action\":\"REMOVE\",\"reason\":\"\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("alasan");
        assertThat(fixtures.status(seated, programme)).isEqualTo("CONFIRMED");
        HttpResponse<String> full = staff.postJson("/api/v1/staff/trainings/enrollments/" + thirdId + "/overrides",
                "{\"action\":\"CONFIRM\",\"reason\":\"Mitra meminta peserta ini\"}");
        assertThat(full.statusCode()).as("no free seat").isEqualTo(409);
        assertThat(seated.postJson("/api/v1/staff/trainings/enrollments/" + thirdId + "/overrides",
                "{\"action\":\"RERANK\",\"place\":1,\"reason\":\"Penjual tidak boleh mengubah\"}").statusCode()).isEqualTo(403);

        assertThat(staff.postJson("/api/v1/staff/trainings/enrollments/" + thirdId + "/overrides",
                "{\"action\":\"RERANK\",\"place\":1,\"reason\":\"Belum pernah ikut pelatihan apa pun\"}").statusCode()).isEqualTo(204);
        assertThat(fixtures.enrollment(third, programme).getInt("rank")).isEqualTo(1);
        assertThat(fixtures.enrollment(second, programme).getInt("rank")).isEqualTo(2);

        assertThat(staff.postJson("/api/v1/staff/trainings/enrollments/" + seatedId + "/overrides",
                "{\"action\":\"REMOVE\",\"reason\":\"Tidak datang pada sesi pembukaan\"}").statusCode()).isEqualTo(204);
        assertThat(fixtures.status(seated, programme)).isEqualTo("CANCELLED");
        assertThat(fixtures.status(third, programme)).as("the re-ranked applicant gets the freed seat").isEqualTo("OFFERED");
        assertThat(staff.postJson("/api/v1/staff/trainings/enrollments/" + thirdId + "/overrides",
                "{\"action\":\"CONFIRM\",\"reason\":\"Sudah dikonfirmasi lewat telepon\"}").statusCode()).isEqualTo(204);
        assertThat(fixtures.status(third, programme)).isEqualTo("CONFIRMED");
        assertThat(TestDatabase.count("SELECT seats_taken FROM training_programme WHERE id = ?", programme)).isEqualTo(1);

        JsonArray history = Json.createReader(new StringReader(staff.get("/api/v1/staff/trainings/" + programme + "/overrides").body())).readArray();
        assertThat(history.getValuesAs(JsonObject.class)).extracting(o -> o.getString("action") + ":" + o.getString("reason"))
                .containsExactly("CONFIRM:Sudah dikonfirmasi lewat telepon", "REMOVE:Tidak datang pada sesi pembukaan",
                        "RERANK:Belum pernah ikut pelatihan apa pun");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'TRAINING_OVERRIDE_%'"
                + " AND target_id IN (?, ?) AND detail LIKE '%: %'", String.valueOf(seatedId), String.valueOf(thirdId))).isEqualTo(3);
    }

    @Test
    void attendanceCountsOncePerSessionAndTheRuleDecidesCompletionAndCertificates() throws Exception {
        long programme = fixtures.openProgramme("Pemasaran digital lanjutan", "FIRST_COME", 3, 0, 3600, Map.of());
        PortalClient staff = fixtures.staff();
        Instant now = Instant.now();
        List<Long> sessions = new ArrayList<>();
        sessions.add(planSession(staff, programme, "Sesi kemarin", now.minus(Duration.ofHours(26)), now.minus(Duration.ofHours(24))));
        for (int i = 2; i <= 5; i++) {
            sessions.add(planSession(staff, programme, "Sesi " + i, now.minus(Duration.ofMinutes(10)), now.plus(Duration.ofHours(2))));
        }
        assertThat(staff.postJson("/api/v1/staff/trainings/" + programme + "/sessions",
                "{\"title\":\"Tanpa tempat\",\"startsAt\":\"" + now + "\",\"endsAt\":\"" + now.plusSeconds(3600) + "\"}").statusCode())
                .isEqualTo(400);
        PortalClient diligent = fixtures.verifiedSeller("Rajin Hadir", KOTA, "MICRO", true);
        PortalClient absent = fixtures.verifiedSeller("Jarang Hadir", KOTA, "MICRO", false);
        PortalClient outsider = fixtures.verifiedSeller("Bukan Peserta", KOTA, "MICRO", false);
        for (PortalClient s : List.of(diligent, absent)) {
            assertThat(s.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}").statusCode()).isEqualTo(201);
        }
        Map<Long, String> codes = checkInCodes(staff, programme);

        // Yesterday's QR no longer works; another person's scan is refused; a wrong code too.
        assertThat(checkIn(diligent, sessions.get(0), codes.get(sessions.get(0))).statusCode()).isEqualTo(400);
        assertThat(checkIn(outsider, sessions.get(1), codes.get(sessions.get(1))).statusCode()).isEqualTo(400);
        assertThat(checkIn(diligent, sessions.get(1), "salah").statusCode()).isEqualTo(400);

        // Ten scans of the same QR at once record one attendance.
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Callable<Integer>> scans = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            scans.add(() -> checkIn(diligent, sessions.get(1), codes.get(sessions.get(1))).statusCode());
        }
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(scans)) {
            answers.add(f.get());
        }
        pool.shutdown();
        assertThat(answers).containsOnly(201, 200).filteredOn(c -> c == 201).hasSize(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_attendance WHERE session_id = ?", sessions.get(1))).isEqualTo(1);

        for (int i = 2; i <= 4; i++) {
            assertThat(checkIn(diligent, sessions.get(i), codes.get(sessions.get(i))).statusCode()).isEqualTo(201);
        }
        for (int i = 1; i <= 3; i++) {
            assertThat(checkIn(absent, sessions.get(i), codes.get(sessions.get(i))).statusCode()).isEqualTo(201);
        }
        // Staff tick yesterday's roster for the diligent one: 5 of 5; the other attended 3 of 5 = 60 % < 80 %.
        long diligentId = fixtures.enrollment(diligent, programme).getJsonNumber("id").longValue();
        long absentId = fixtures.enrollment(absent, programme).getJsonNumber("id").longValue();
        assertThat(staff.putJson("/api/v1/staff/trainings/sessions/" + sessions.get(0) + "/attendance/" + diligentId,
                "{\"present\":true}").statusCode()).isEqualTo(204);

        assertThat(staff.postJson("/api/v1/staff/trainings/" + programme + "/completion", "{}").statusCode())
                .as("not before the last session ends").isEqualTo(409);
        assertThat(diligent.get("/api/v1/trainings/" + programme + "/certificate").statusCode()).isEqualTo(404);
        TestDatabase.update("UPDATE training_session SET starts_at = starts_at - INTERVAL 3 HOUR, ends_at = ends_at - INTERVAL 3 HOUR"
                + " WHERE programme_id = ? AND id <> ?", programme, sessions.get(0));
        HttpResponse<String> finished = staff.postJson("/api/v1/staff/trainings/" + programme + "/completion", "{}");
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(PortalClient.json(finished).getInt("completed")).isEqualTo(1);
        assertThat(fixtures.status(diligent, programme)).isEqualTo("COMPLETED");
        assertThat(fixtures.status(absent, programme)).isEqualTo("NOT_COMPLETED");
        assertThat(TestDatabase.string("SELECT status FROM training_programme WHERE id = ?", programme)).isEqualTo("FINISHED");

        // The certificate: participant, business, programme, hours and a QR to a verification page that answers.
        assertThat(absent.get("/api/v1/trainings/" + programme + "/certificate").statusCode()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/trainings/" + programme + "/certificate").statusCode()).isEqualTo(404);
        HttpResponse<byte[]> pdf = diligent.getBytes("/api/v1/trainings/" + programme + "/certificate");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        String code = TestDatabase.string("SELECT code FROM training_certificate WHERE enrollment_id = ?", diligentId);
        String verification;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Rajin Hadir").contains("Pemasaran digital lanjutan").contains("8 jam pelajaran")
                    .contains(code).contains("SERTIFIKAT");
            verification = QrReader.read(new PDFRenderer(document).renderImageWithDPI(0, 150));
        }
        assertThat(verification).endsWith("/sertifikat.xhtml?code=" + code);
        HttpResponse<String> page = new PortalClient(base).get(URI.create(verification).getRawPath() + "?" + URI.create(verification).getRawQuery());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Pemasaran digital lanjutan").contains("asli dan berlaku")
                .doesNotContain(fixtures.emailOf(diligent));
        JsonObject verified = PortalClient.json(new PortalClient(base).get("/api/v1/certificates/" + code.toLowerCase().replace("-", "")));
        assertThat(verified.getBoolean("valid")).isTrue();
        assertThat(verified.keySet()).doesNotContain("businessName", "email");
        assertThat(new PortalClient(base).get("/api/v1/certificates/AAAA-BBBB-CCCC").statusCode()).isEqualTo(404);

        // Feedback once per participant, after the programme; staff see the summary.
        assertThat(outsider.postJson("/api/v1/trainings/" + programme + "/feedback", "{\"rating\":5}").statusCode()).isEqualTo(409);
        assertThat(diligent.postJson("/api/v1/trainings/" + programme + "/feedback", "{\"rating\":9}").statusCode()).isEqualTo(400);
        assertThat(diligent.postJson("/api/v1/trainings/" + programme + "/feedback",
                "{\"rating\":5,\"comment\":\"Sangat berguna\"}").statusCode()).isEqualTo(201);
        assertThat(diligent.postJson("/api/v1/trainings/" + programme + "/feedback", "{\"rating\":1}").statusCode()).isEqualTo(409);
        assertThat(absent.postJson("/api/v1/trainings/" + programme + "/feedback", "{\"rating\":3}").statusCode()).isEqualTo(201);
        JsonObject summary = PortalClient.json(staff.get("/api/v1/staff/trainings/" + programme + "/feedback"));
        assertThat(summary.getInt("answers")).isEqualTo(2);
        assertThat(summary.getJsonNumber("averageRating").doubleValue()).isEqualTo(4.0);
        assertThat(summary.getJsonArray("comments").getJsonObject(0).getString("text")).isEqualTo("Sangat berguna");

        // Roster exports: CSV, xlsx and PDF carry the same people, attendance and certificate code.
        HttpResponse<String> csv = staff.get("/api/v1/staff/trainings/" + programme + "/roster.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().toList()).hasSize(3)
                .anySatisfy(l -> assertThat(l).contains("Rajin Hadir").contains("Lulus").contains("5/5").contains(code))
                .anySatisfy(l -> assertThat(l).contains("Jarang Hadir").contains("Tidak lulus").contains("3/5"));
        HttpResponse<byte[]> xlsx = staff.getBytes("/api/v1/staff/trainings/" + programme + "/roster.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Pemasaran digital lanjutan");
            List<String> rows = new ArrayList<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                rows.add(sheet.getRow(r).getCell(1).getStringCellValue() + "|" + sheet.getRow(r).getCell(7).getStringCellValue()
                        + "|" + sheet.getRow(r).getCell(8).getStringCellValue());
            }
            assertThat(rows).containsExactlyInAnyOrder("Rajin Hadir|5/5|" + code, "Jarang Hadir|3/5|");
        }
        try (PDDocument roster = Loader.loadPDF(staff.getBytes("/api/v1/staff/trainings/" + programme + "/roster.pdf").body())) {
            assertThat(new PDFTextStripper().getText(roster)).contains("Rajin Hadir").contains("Jarang Hadir").contains(code);
        }
        assertThat(diligent.get("/api/v1/staff/trainings/" + programme + "/roster.csv").statusCode()).isEqualTo(403);
    }

    @Test
    void reportsShowReachPerKecamatanAndApplicantsLeftWithoutASeat() {
        long programme = fixtures.openProgramme("Kemasan ramah lingkungan", "FIRST_COME", 1, 0, 3600, Map.of());
        PortalClient seated = fixtures.quickSeller("Dapat Kursi Timur", TIMUR);
        PortalClient left = fixtures.quickSeller("Tertinggal Kota", KOTA);
        for (PortalClient s : List.of(seated, left)) {
            assertThat(s.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}").statusCode()).isEqualTo(201);
        }
        PortalClient staff = fixtures.staff();
        JsonArray unmet = Json.createReader(new StringReader(staff.get("/api/v1/staff/trainings/unmet-demand").body())).readArray();
        JsonObject mine = unmet.getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getJsonNumber("programmeId").longValue() == programme).findFirst().orElseThrow();
        assertThat(mine.getInt("applicants")).isEqualTo(2);
        assertThat(mine.getInt("leftOut")).isEqualTo(1);
        assertThat(mine.getJsonNumber("budgetNeededRupiah").longValue()).as("one more seat at Rp 250.000").isEqualTo(250_000);
        JsonArray reach = Json.createReader(new StringReader(staff.get("/api/v1/staff/trainings/reach").body())).readArray();
        assertThat(reach.getValuesAs(JsonObject.class)).hasSize(6)
                .allSatisfy(r -> assertThat(r.getJsonNumber("seated").longValue()).isLessThanOrEqualTo(r.getJsonNumber("applicants").longValue()));
        long timurSeatedBefore = TestDatabase.count("SELECT COUNT(DISTINCT seller_id) FROM training_enrollment WHERE kecamatan_id = ?"
                + " AND status IN ('CONFIRMED', 'OFFERED', 'COMPLETED', 'NOT_COMPLETED')", TIMUR);
        assertThat(reach.getValuesAs(JsonObject.class)).anySatisfy(r -> {
            assertThat(r.getString("kecamatan")).isEqualTo("Balikpapan Timur");
            assertThat(r.getJsonNumber("seated").longValue()).isEqualTo(timurSeatedBefore);
        });
        assertThat(left.get("/api/v1/staff/trainings/reach").statusCode()).isEqualTo(403);
    }

    private static void assertRefused(HttpResponse<String> answer, String because) {
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains(because);
    }

    private static long planSession(PortalClient staff, long programme, String title, Instant starts, Instant ends) {
        HttpResponse<String> planned = staff.postJson("/api/v1/staff/trainings/" + programme + "/sessions",
                Json.createObjectBuilder().add("title", title).add("startsAt", starts.toString()).add("endsAt", ends.toString())
                        .add("venue", "Aula DKUMKMP").build().toString());
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        return PortalClient.json(planned).getJsonNumber("id").longValue();
    }

    /** The code in each session's QR, from the check-in address staff get. */
    private static Map<Long, String> checkInCodes(PortalClient staff, long programme) {
        JsonArray sessions = Json.createReader(new StringReader(staff.get("/api/v1/staff/trainings/" + programme + "/sessions").body())).readArray();
        Map<Long, String> codes = new java.util.HashMap<>();
        for (JsonObject s : sessions.getValuesAs(JsonObject.class)) {
            String url = s.getString("checkInUrl");
            assertThat(url).contains("/seller/trainings/checkin.xhtml?session=" + s.getJsonNumber("id").longValue() + "&code=");
            codes.put(s.getJsonNumber("id").longValue(), url.substring(url.indexOf("code=") + 5));
        }
        return codes;
    }

    private static HttpResponse<String> checkIn(PortalClient seller, long session, String code) {
        return seller.postJson("/api/v1/trainings/sessions/" + session + "/attendance",
                Json.createObjectBuilder().add("code", code).build().toString());
    }

}
