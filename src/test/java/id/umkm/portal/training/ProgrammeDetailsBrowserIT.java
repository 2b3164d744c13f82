package id.umkm.portal.training;

import static id.umkm.portal.training.TrainingBrowserIT.type;
import static id.umkm.portal.training.TrainingBrowserIT.waitOrShoot;
import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.Browser;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Staff revise a running programme's details in the dialog of its page, on a desktop and on a
 * phone: a capacity below the seats taken is refused beside the field, a larger one (with the budget
 * for it) offers the seat to the person waiting, and an edit someone else overtook is refused.
 */
class ProgrammeDetailsBrowserIT extends PortalIT {

    private static final short KOTA = 2;

    private TrainingFixtures fixtures;

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
        fixtures = new TrainingFixtures(base);
    }

    @Test
    void staffReviseAProgrammeOnDesktopAndPhone() {
        long programme = fixtures.openProgramme("Desain kemasan oleh-oleh", "FIRST_COME", 2, 0, 3600, Map.of());
        PortalClient api = fixtures.staff();
        Instant starts = Instant.now().plus(Duration.ofDays(4)).truncatedTo(ChronoUnit.MINUTES);
        assertThat(api.postJson("/api/v1/staff/trainings/" + programme + "/sessions", Json.createObjectBuilder()
                .add("title", "Hari pertama").add("startsAt", starts.toString()).add("endsAt", starts.plus(Duration.ofHours(3)).toString())
                .add("venue", "Aula DKUMKMP").build().toString()).statusCode()).isEqualTo(201);
        PortalClient waiting = null;
        for (String business : new String[] {"Amplang Duduk", "Kerupuk Duduk", "Abon Menunggu"}) {
            waiting = fixtures.quickSeller(business, KOTA);
            assertThat(waiting.postJson("/api/v1/trainings/" + programme + "/enrollments", "{}").statusCode()).isEqualTo(201);
        }
        assertThat(fixtures.status(waiting, programme)).isEqualTo("WAITLISTED");

        try (Browser staff = Browser.open()) {
            staff.resize(Browser.DESKTOP);
            staff.logIn(base, "staf@demo.umkm.id", TrainingFixtures.DEMO_PASSWORD);
            waitOrShoot(staff, "training-details-login-failed", ExpectedConditions.presenceOfElementLocated(By.id("logout")));
            staff.open(base, "/staff/trainings/programme.xhtml?id=" + programme);
            openDialog(staff);
            assertThat(staff.driver().findElement(By.id("details:title")).getAttribute("value")).isEqualTo("Desain kemasan oleh-oleh");
            WebElement micro = staff.driver().findElement(By.xpath("//*[@id='details:scales']//label[text()='Mikro']"));
            WebElement microBox = micro.findElement(By.xpath("preceding-sibling::div[contains(@class, 'ui-chkbox')]"));
            assertThat(Math.abs(micro.getRect().getY() - microBox.getRect().getY())).as("a scale's name beside its box")
                    .isLessThan(12);
            assertThat(staff.driver().findElement(By.xpath("//*[@id='details:scales']//label[text()='Menengah']")).getRect().getY())
                    .as("the scales share a line").isEqualTo(micro.getRect().getY());
            staff.screenshot("training-details-dialog-desktop");

            staff.number("details:capacity", 1);
            save(staff);
            waitOrShoot(staff, "training-details-refusal-failed", ExpectedConditions.textToBePresentInElementLocated(
                    By.id("details"), "Kuota tidak boleh kurang dari 2 kursi yang sudah terisi"));
            staff.screenshot("training-details-capacity-refused-desktop");

            type(staff, By.id("details:title"), "Desain kemasan oleh-oleh khas Balikpapan");
            type(staff, By.id("details:venue"), "Gedung Kesenian Balikpapan");
            type(staff, By.cssSelector("#details [id$=':0:sessionVenue']"), "Ruang 2, Gedung Kesenian");
            staff.number("details:capacity", 3);
            staff.number("details:totalBudget", 750_000);
            save(staff);
            waitOrShoot(staff, "training-details-save-failed", ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".page-messages"), "Rincian program tersimpan."));
            assertThat(staff.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Desain kemasan oleh-oleh khas Balikpapan");
            assertThat(staff.driver().findElement(By.cssSelector("p.lead")).getText()).contains("3 / 3");
            assertThat(staff.driver().findElement(By.id("manage:sessions")).getText()).contains("Ruang 2, Gedung Kesenian");
            staff.screenshot("training-details-saved-desktop");
            assertThat(fixtures.status(waiting, programme)).as("the added seat is offered to the one waiting").isEqualTo("OFFERED");

            staff.resize(Browser.PHONE);
            openDialog(staff);
            assertThat(staff.scrollsSideways()).as("the details dialog at 360 px").isFalse();
            WebElement dialog = staff.driver().findElement(By.id("detailsDialog"));
            assertThat(dialog.getRect().getX() + dialog.getRect().getWidth()).as("the dialog fits the phone").isLessThanOrEqualTo(360);
            staff.screenshot("training-details-dialog-phone");
            type(staff, By.id("details:description"), "Kemasan yang menjual di bandara");
            JsonObject read = PortalClient.json(api.get("/api/v1/staff/trainings/" + programme + "/details"));
            assertThat(api.putJson("/api/v1/staff/trainings/" + programme + "/details",
                    Json.createObjectBuilder(read).add("partner", "Dekranasda").build().toString()).statusCode())
                    .as("someone else saves meanwhile").isEqualTo(200);
            save(staff);
            waitOrShoot(staff, "training-details-stale-failed", ExpectedConditions.textToBePresentInElementLocated(
                    By.id("details"), "baru saja diubah oleh orang lain"));
            staff.screenshot("training-details-stale-phone");

            staff.open(base, "/staff/trainings/programme.xhtml?id=" + programme);
            openDialog(staff);
            type(staff, By.id("details:description"), "Kemasan yang menjual di bandara");
            save(staff);
            waitOrShoot(staff, "training-details-phone-save-failed", ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".page-messages"), "Rincian program tersimpan."));
            assertThat(staff.scrollsSideways()).as("the programme page at 360 px").isFalse();
            staff.screenshot("training-details-saved-phone");
        }
        assertThat(TestDatabase.string("SELECT CONCAT(capacity, '|', venue, '|', partner, '|', description) FROM training_programme"
                + " WHERE id = ?", programme)).isEqualTo("3|Gedung Kesenian Balikpapan|Dekranasda|Kemasan yang menjual di bandara");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE action = 'TRAINING_REVISED' AND target_id = ?",
                String.valueOf(programme))).isEqualTo(3);
    }

    private static void openDialog(Browser staff) {
        waitOrShoot(staff, "training-details-page-failed", ExpectedConditions.elementToBeClickable(By.id("manage:revise-programme")))
                .click();
        waitOrShoot(staff, "training-details-open-failed", ExpectedConditions.visibilityOfElementLocated(By.id("details:title")));
    }

    private static void save(Browser staff) {
        staff.driver().findElement(By.id("details:save-details")).click();
    }
}
