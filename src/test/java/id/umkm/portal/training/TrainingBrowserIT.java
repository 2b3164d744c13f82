package id.umkm.portal.training;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.shared.domain.CityTime;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.Browser;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.QrReader;
import id.umkm.portal.testsupport.TestDatabase;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The training journey in Chromium: staff define a first-come programme with a session, two sellers
 * apply on phones, the second waits, takes the seat the first gives up, checks in by the session QR,
 * and downloads a certificate whose QR opens the public verification page.
 */
class TrainingBrowserIT extends PortalIT {

    private static final String PASSWORD = "umkm-demo-2026";
    private static final String TITLE = "Foto Produk untuk Marketplace";
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
    }

    @Test
    void aWaitListedSellerTakesTheFreedSeatAttendsByQrAndGetsAVerifiableCertificate() throws Exception {
        String first = seller("Kerupuk Ikan Pertama", "Siti Pertama");
        String second = seller("Amplang Kedua", "Rina Kedua");
        try (Browser staff = Browser.open(); Browser phone = Browser.open()) {
            // Staff define a one-seat first-come programme, open it and add a session running now.
            staff.resize(Browser.DESKTOP);
            logIn(staff, "staf@demo.umkm.id");
            staff.open(base, "/staff/trainings.xhtml");
            ZonedDateTime now = ZonedDateTime.now(CityTime.ZONE);
            type(staff, By.id("programme:title"), TITLE);
            number(staff, "programme:capacity", 1);
            date(staff, "programme:opensAt", now.minusHours(1));
            date(staff, "programme:closesAt", now.plusDays(2));
            choose(staff, "programme:mode", "FIRST_COME", "siapa cepat dia dapat");
            assertThat(value(staff, "programme:capacity_input")).isEqualTo("1");
            assertThat(value(staff, "programme:opensAt_input")).isEqualTo(PICKER.format(now.minusHours(1)));
            assertThat(value(staff, "programme:closesAt_input")).isEqualTo(PICKER.format(now.plusDays(2)));
            staff.screenshot("training-staff-new-programme-desktop");
            staff.driver().findElement(By.id("programme:define")).click();
            By openButton = By.xpath("//tr[contains(., '" + TITLE + "')]//button[contains(@id, ':open')]");
            waitOrShoot(staff, "training-staff-define-failed", ExpectedConditions.elementToBeClickable(openButton)).click();
            waitOrShoot(staff, "training-staff-open-failed", ExpectedConditions.invisibilityOfElementLocated(openButton));
            long programme = Long.parseLong(TestDatabase.string("SELECT id FROM training_programme WHERE title = ?", TITLE));
            assertThat(TestDatabase.string("SELECT allocation_mode FROM training_programme WHERE id = ?", programme)).isEqualTo("FIRST_COME");

            staff.driver().findElement(By.xpath("(//tr[contains(., '" + TITLE + "')]//*[contains(@id, ':manage')])[1]")).click();
            waitOrShoot(staff, "training-staff-failed", ExpectedConditions.presenceOfElementLocated(By.id("session:sessionTitle")));
            type(staff, By.id("session:sessionTitle"), "Memotret produk dengan ponsel");
            date(staff, "session:sessionStarts", now.minusMinutes(10));
            date(staff, "session:sessionEnds", now.plusHours(2));
            assertThat(value(staff, "session:sessionEnds_input")).isEqualTo(PICKER.format(now.plusHours(2)));
            type(staff, By.id("session:sessionVenue"), "Aula DKUMKMP, Jl. Jenderal Sudirman");
            staff.driver().findElement(By.id("session:plan")).click();
            waitOrShoot(staff, "training-staff-failed", ExpectedConditions.textToBePresentInElementLocated(By.id("manage:sessions"),
                    "Memotret produk dengan ponsel"));
            staff.screenshot("training-staff-programme-desktop");

            // Two sellers apply on their phones: the first gets the seat, the second waits.
            phone.resize(Browser.PHONE);
            logIn(phone, first);
            apply(phone, programme);
            assertThat(card(phone, programme)).contains("Dapat kursi");
            phone.screenshot("training-seller-seat-phone");
            assertThat(phone.scrollsSideways()).as("seller trainings at 360 px").isFalse();

            phone.driver().manage().deleteAllCookies();
            logIn(phone, second);
            apply(phone, programme);
            assertThat(card(phone, programme)).contains("Daftar tunggu").contains("Urutan Anda di daftar tunggu: 1");
            phone.screenshot("training-seller-waitlisted-phone");

            // The first cancels; the second is offered the seat and accepts it.
            phone.driver().manage().deleteAllCookies();
            logIn(phone, first);
            phone.open(base, "/seller/trainings.xhtml");
            phone.driver().findElement(By.cssSelector("#enrollment-" + programme + " button[id$=':cancel']")).click();
            waitOrShoot(phone, "training-phone-failed", ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            waitOrShoot(phone, "training-phone-failed", ExpectedConditions.textToBePresentInElementLocated(By.id("enrollment-" + programme), "Dibatalkan"));

            phone.driver().manage().deleteAllCookies();
            logIn(phone, second);
            phone.open(base, "/seller/trainings.xhtml");
            assertThat(card(phone, programme)).contains("Ditawari kursi");
            phone.screenshot("training-seller-offer-phone");
            phone.driver().findElement(By.cssSelector("#enrollment-" + programme + " button[id$=':accept']")).click();
            waitOrShoot(phone, "training-phone-failed", ExpectedConditions.textToBePresentInElementLocated(By.id("enrollment-" + programme), "Dapat kursi"));
            assertThat(card(phone, programme)).contains("Memotret produk dengan ponsel");
            phone.screenshot("training-seller-confirmed-phone");

            // At the venue: staff show the session QR; the participant's phone opens what it encodes.
            long session = Long.parseLong(TestDatabase.string("SELECT id FROM training_session WHERE programme_id = ?", programme));
            staff.open(base, "/staff/trainings/session.xhtml?id=" + session);
            WebElement qr = waitOrShoot(staff, "training-staff-failed", ExpectedConditions.visibilityOfElementLocated(By.id("checkin-qr")));
            staff.screenshot("training-staff-session-qr-desktop");
            String checkIn = QrReader.read(ImageIO.read(new ByteArrayInputStream(qr.getScreenshotAs(OutputType.BYTES))));
            assertThat(checkIn).contains("/seller/trainings/checkin.xhtml?session=" + session + "&code=");
            phone.driver().get(checkIn);
            assertThat(waitOrShoot(phone, "training-phone-failed", ExpectedConditions.visibilityOfElementLocated(By.id("checkin-result"))).getText())
                    .contains("Kehadiran Anda tercatat");
            phone.screenshot("training-checkin-phone");
            phone.driver().get(checkIn);
            assertThat(phone.driver().findElement(By.id("checkin-result")).getText()).contains("sudah tercatat");
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM training_attendance WHERE session_id = ?", session)).isEqualTo(1);
            staff.driver().navigate().refresh();
            assertThat(staff.driver().findElement(By.id("sheet:attendees")).getText()).contains("Rina Kedua").contains("Hadir (QR)");

            // The session is over; staff finish the programme and the attendance rule gives the certificate.
            TestDatabase.update("UPDATE training_session SET starts_at = UTC_TIMESTAMP(6) - INTERVAL 3 HOUR,"
                    + " ends_at = UTC_TIMESTAMP(6) - INTERVAL 1 HOUR WHERE id = ?", session);
            staff.open(base, "/staff/trainings/programme.xhtml?id=" + programme);
            staff.driver().findElement(By.id("manage:finish")).click();
            waitOrShoot(staff, "training-staff-failed", ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
            waitOrShoot(staff, "training-staff-failed", ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-messages"), "1 peserta lulus"));
            staff.screenshot("training-staff-finished-desktop");
            staff.resize(Browser.PHONE);
            assertThat(staff.scrollsSideways()).as("programme page at 360 px").isFalse();
            staff.screenshot("training-staff-programme-phone");

            phone.open(base, "/seller/trainings.xhtml");
            assertThat(card(phone, programme)).contains("Lulus");
            phone.screenshot("training-seller-completed-phone");
            String href = phone.driver().findElement(By.cssSelector("#enrollment-" + programme + " #certificate")).getAttribute("href");
            HttpResponse<byte[]> pdf = phone.download(href);
            assertThat(pdf.statusCode()).isEqualTo(200);
            String verification;
            try (PDDocument certificate = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(certificate)).contains("Rina Kedua").contains("Amplang Kedua").contains(TITLE);
                verification = QrReader.read(new PDFRenderer(certificate).renderImageWithDPI(0, 150));
            }
            phone.driver().get(verification);
            WebElement verified = waitOrShoot(phone, "training-phone-failed", ExpectedConditions.visibilityOfElementLocated(By.id("verification")));
            assertThat(verified.getText()).contains("Sertifikat asli dan berlaku").contains("Rina Kedua").contains(TITLE)
                    .doesNotContain("Amplang Kedua").doesNotContain(second);
            assertThat(phone.scrollsSideways()).as("verification page at 360 px").isFalse();
            phone.screenshot("training-certificate-verified-phone");
        }
    }

    @Test
    void staffRevokeACertificateAndCancelAProgrammeFromTheProgrammePage() {
        TrainingFixtures fixtures = new TrainingFixtures(base);
        long finished = fixtures.openProgramme("Label halal untuk pemula", "FIRST_COME", 5, 0, 3600, Map.of());
        PortalClient holder = fixtures.quickSeller("Keripik Pisang Cabut", (short) 2);
        assertThat(holder.postJson("/api/v1/trainings/" + finished + "/enrollments", "{}").statusCode()).isEqualTo(201);
        String code = TrainingFixtures.certificateFor(finished);
        TestDatabase.update("UPDATE training_programme SET status = 'FINISHED', finished_at = UTC_TIMESTAMP(6) WHERE id = ?", finished);
        long running = fixtures.openProgramme("Pemasaran lewat WhatsApp", "FIRST_COME", 5, 0, 3600, Map.of());
        PortalClient applicant = fixtures.quickSeller("Bakso Batal", (short) 2);
        assertThat(applicant.postJson("/api/v1/trainings/" + running + "/enrollments", "{}").statusCode()).isEqualTo(201);

        try (Browser staff = Browser.open()) {
            staff.resize(Browser.DESKTOP);
            logIn(staff, "staf@demo.umkm.id");
            staff.open(base, "/staff/trainings/programme.xhtml?id=" + finished);
            assertThat(staff.driver().findElement(By.id("manage:roster")).getText()).contains(code);
            staff.driver().findElement(By.cssSelector("#manage\\:roster button[id$=':revoke']")).click();
            waitOrShoot(staff, "training-revoke-failed", ExpectedConditions.visibilityOfElementLocated(By.id("revocation:reason")));
            staff.driver().findElement(By.id("revocation:confirm-revoke")).click();
            waitOrShoot(staff, "training-revoke-failed", ExpectedConditions.textToBePresentInElementLocated(
                    By.id("revocation"), "minimal 10 huruf"));
            type(staff, By.id("revocation:reason"), "Kehadiran tercatat untuk orang lain");
            staff.driver().findElement(By.id("revocation:confirm-revoke")).click();
            waitOrShoot(staff, "training-revoke-failed", ExpectedConditions.textToBePresentInElementLocated(
                    By.id("manage:roster"), "Dicabut"));
            assertThat(staff.driver().findElement(By.cssSelector(".page-messages")).getText()).contains("dicabut");
            staff.screenshot("training-staff-certificate-revoked-desktop");
            assertThat(TestDatabase.string("SELECT revoke_reason FROM training_certificate WHERE code = ?", code))
                    .isEqualTo("Kehadiran tercatat untuk orang lain");

            staff.open(base, "/staff/trainings/programme.xhtml?id=" + running);
            staff.driver().findElement(By.id("manage:cancel-programme")).click();
            waitOrShoot(staff, "training-cancel-failed", ExpectedConditions.visibilityOfElementLocated(By.id("cancellation:reason")));
            type(staff, By.id("cancellation:reason"), "Narasumber berhalangan hadir");
            staff.screenshot("training-staff-cancel-dialog-desktop");
            staff.driver().findElement(By.id("cancellation:confirm-cancel")).click();
            waitOrShoot(staff, "training-cancel-failed", ExpectedConditions.visibilityOfElementLocated(By.id("cancelled-because")));
            assertThat(staff.driver().findElement(By.id("cancelled-because")).getText()).contains("Narasumber berhalangan hadir");
            assertThat(staff.driver().findElement(By.id("programme-status")).getText()).isEqualTo("Dibatalkan");
            assertThat(staff.driver().findElement(By.cssSelector(".page-messages")).getText()).contains("1 pendaftar");
            assertThat(staff.driver().findElements(By.id("manage:cancel-programme"))).as("nothing left to cancel").isEmpty();
            staff.screenshot("training-staff-programme-cancelled-desktop");
            staff.resize(Browser.PHONE);
            assertThat(staff.scrollsSideways()).as("cancelled programme page at 360 px").isFalse();
            staff.screenshot("training-staff-programme-cancelled-phone");
        }
    }

    /** Waits up to 30 s (the machine may be busy); on a timeout saves a screenshot of what the page showed. */
    static <T> T waitOrShoot(Browser browser, String screenshot, ExpectedCondition<T> condition) {
        try {
            return browser.waitUpTo(30).until(condition);
        } catch (TimeoutException e) {
            browser.screenshot(screenshot);
            throw e;
        }
    }

    private String seller(String business, String owner) {
        String email = "latih-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        TestDatabase.update("INSERT INTO account (email, full_name, password_hash, status, email_verified_at, created_at)"
                + " SELECT ?, ?, password_hash, 'ACTIVE', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account WHERE email = 'penjual@demo.umkm.id'",
                email, owner);
        TestDatabase.update("INSERT INTO account_role (account_id, role) SELECT id, 'SELLER' FROM account WHERE email = ?", email);
        TestDatabase.update("INSERT INTO seller (account_id, business_name, kecamatan_id, kelurahan_id, scale, women_led, status,"
                + " created_at, updated_at) SELECT a.id, ?, 2, (SELECT MIN(id) FROM kelurahan WHERE kecamatan_id = 2), 'MICRO', TRUE,"
                + " 'VERIFIED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM account a WHERE a.email = ?", business, email);
        return email;
    }

    private void logIn(Browser browser, String email) {
        browser.logIn(base, email, PASSWORD);
        waitOrShoot(browser, "training-login-failed", ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void apply(Browser phone, long programme) {
        phone.open(base, "/seller/trainings.xhtml");
        phone.driver().findElement(By.cssSelector("#programme-" + programme + " button[id$=':apply']")).click();
        waitOrShoot(phone, "training-phone-failed", ExpectedConditions.visibilityOfElementLocated(By.id("enrollment-" + programme)));
    }

    private static String card(Browser browser, long programme) {
        return browser.driver().findElement(By.id("enrollment-" + programme)).getText();
    }

    /** Types into a field as a person does: select what is there, replace it, leave the field. */
    static void type(Browser browser, By field, String text) {
        WebElement input = browser.driver().findElement(field);
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text);
        input.sendKeys(Keys.ESCAPE);
    }

    /** Sets a PrimeFaces number input through its widget: its formatting script fights with keystrokes. */
    private static void number(Browser browser, String id, long value) {
        browser.driver().executeScript("PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1])", id, value);
    }

    /** Picks a date and time (WITA wall-clock) through the date picker's widget, as choosing it in the calendar does. */
    private static void date(Browser browser, String id, ZonedDateTime at) {
        browser.driver().executeScript("PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1,"
                + " arguments[3], arguments[4], arguments[5]))", id, at.getYear(), at.getMonthValue(), at.getDayOfMonth(),
                at.getHour(), at.getMinute());
    }

    /** An input's value; a date picker's time as 20:47 whichever separator the page's language uses (20.47 in Indonesian). */
    private static String value(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("value").replaceFirst(" (\\d\\d)\\.(\\d\\d)$", " $1:$2");
    }

    /** Chooses an option of a PrimeFaces select menu through its widget (a click on the opening panel can miss under load). */
    private static void choose(Browser browser, String menuId, String value, String label) {
        browser.driver().executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])", menuId, value);
        browser.waitUpTo(5).until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
    }
}
