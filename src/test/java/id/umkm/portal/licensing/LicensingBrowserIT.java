package id.umkm.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.Browser;
import id.umkm.portal.testsupport.ExternalSystems;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The permit journey in Chromium: a seller checks the NIB, applies for SPP-IRT with documents (one
 * wrong file first), the officer asks for a fix, the seller re-uploads, the officer issues, and the
 * permit's QR code opens the public verification page.
 */
class LicensingBrowserIT extends PortalIT {

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
        ExternalSystems.reset(ExternalSystems.oss());
        ExternalSystems.ossFallsBackToSimulator(base);
    }

    @Test
    void aSellerGetsAnSppIrtThroughARevisionRoundAndItsQrVerifies() {
        String sellerEmail = LicensingAccounts.freshSeller("Ibu Aminah");
        try (Browser seller = Browser.open(); Browser officer = Browser.open()) {
            seller.resize(Browser.DESKTOP);
            logIn(seller, sellerEmail);
            seller.open(base, "/seller/permits/index.xhtml");
            new Select(seller.driver().findElement(By.id("start:permitType"))).selectByValue("SPP-IRT");
            seller.driver().findElement(By.id("start:nib")).sendKeys(LicensingIT.ABON_NIB);
            seller.driver().findElement(By.id("start:lookUp")).click();
            seller.waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("start:oss-found"),
                    "Abon Ikan Gunung Bahagia"));
            assertThat(seller.driver().findElement(By.id("start:oss-found")).getText()).contains("10213");
            seller.screenshot("licensing-01-nib-found-desktop");
            seller.driver().findElement(By.id("start:save")).click();
            seller.waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.id("documents")));
            String url = seller.driver().getCurrentUrl();
            long id = Long.parseLong(url.replaceAll(".*[?&]id=([0-9]+).*", "$1"));

            // A photo saved as .pdf is refused, with the file's name and the reason beside the document.
            upload(seller, "PKP", LicensingFiles.file("sertifikat-pkp.pdf", LicensingFiles.png()));
            seller.waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#doc-PKP .doc-error"), "sertifikat-pkp.pdf"));
            assertThat(seller.driver().findElement(By.cssSelector("#doc-PKP .doc-error")).getText()).contains("PNG").contains("PDF");
            seller.screenshot("licensing-02-wrong-file-desktop");
            uploadAndWait(seller, "KTP", LicensingFiles.file("ktp.pdf", LicensingFiles.pdf("ktp")));
            uploadAndWait(seller, "PKP", LicensingFiles.file("pkp.pdf", LicensingFiles.pdf("pkp")));
            uploadAndWait(seller, "DENAH", LicensingFiles.file("denah.png", LicensingFiles.png()));
            uploadAndWait(seller, "LABEL", LicensingFiles.file("label.pdf", LicensingFiles.pdf("label")));
            seller.driver().findElement(By.id("actions:submit")).click();
            By pageError = By.cssSelector(".page-messages .ui-messages-error");
            seller.waitUpTo(30).until(ExpectedConditions.or(
                    ExpectedConditions.presenceOfElementLocated(By.id("application:tracking")),
                    ExpectedConditions.visibilityOfElementLocated(pageError)));
            seller.screenshot("licensing-03-submitted-desktop");
            assertThat(seller.driver().findElements(pageError)).as("no error after submitting").isEmpty();
            String tracking = seller.driver().findElement(By.id("application:tracking")).getText();
            assertThat(tracking).startsWith("IZN-");
            seller.resize(Browser.PHONE);
            seller.driver().navigate().refresh();
            seller.waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.id("documents")));
            assertThat(seller.scrollsSideways()).as("application page on a phone").isFalse();
            seller.screenshot("licensing-04-submitted-phone");

            officer.resize(Browser.DESKTOP);
            logIn(officer, LicensingIT.OFFICER);
            officer.open(base, "/licensing/applications.xhtml");
            officer.waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("queue:open"), tracking));
            officer.screenshot("licensing-05-queue-desktop");
            officer.open(base, "/licensing/application.xhtml?id=" + id);
            officer.waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("decide:verify"))).click();
            officer.waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("decide:revise")));
            officer.driver().findElement(By.cssSelector("#doc-PKP textarea")).sendKeys("Sertifikat PKP sudah kedaluwarsa.");
            officer.driver().findElement(By.id("decide:revise")).click();
            officer.waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("decide:status"), "Perlu perbaikan"));
            officer.screenshot("licensing-06-revision-requested-desktop");

            seller.driver().navigate().refresh();
            seller.waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#doc-PKP .doc-remark"),
                    "kedaluwarsa"));
            seller.screenshot("licensing-07-revision-phone");
            assertThat(seller.scrollsSideways()).isFalse();
            seller.resize(Browser.DESKTOP);
            seller.driver().navigate().refresh();
            seller.waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc-PKP input[type=file]")));
            uploadAndWait(seller, "PKP", LicensingFiles.file("pkp-2026.pdf", LicensingFiles.pdf("pkp 2026")));
            seller.driver().findElement(By.id("actions:resubmit")).click();
            seller.waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("application:status"), "Diverifikasi"));

            officer.driver().navigate().refresh();
            officer.waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("decide:approve"))).click();
            officer.waitUpTo(15).until(ExpectedConditions.elementToBeClickable(By.id("decide:issue"))).click();
            officer.waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.id("permit-number")));
            String permitNumber = officer.driver().findElement(By.id("permit-number")).getText();
            assertThat(permitNumber).startsWith("SPP-IRT/");
            officer.screenshot("licensing-09-issued-desktop");

            seller.resize(Browser.PHONE);
            seller.driver().navigate().refresh();
            seller.waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.id("permit-pdf")));
            seller.screenshot("licensing-10-issued-phone");

            // The PDF the seller downloads; a phone reading its QR code opens the verification page.
            LicensingFiles.Permit permit = LicensingFiles.readPermit(pdf(sellerEmail, id));
            assertThat(permit.text()).contains(permitNumber);
            URI verification = URI.create(permit.qr());
            seller.open(base, verification.getRawPath() + "?" + verification.getRawQuery());
            seller.waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("permit-number"), permitNumber));
            assertThat(seller.driver().findElement(By.id("verdict")).getText()).contains("Asli dan berlaku");
            assertThat(seller.scrollsSideways()).isFalse();
            seller.screenshot("licensing-11-verified-phone");
            seller.resize(Browser.DESKTOP);
            seller.driver().navigate().refresh();
            seller.screenshot("licensing-12-verified-desktop");

            seller.resize(Browser.PHONE);
            seller.open(base, "/izin/lacak.xhtml?nomor=" + tracking);
            seller.waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "Terbit"));
            assertThat(seller.scrollsSideways()).isFalse();
            seller.screenshot("licensing-13-tracking-phone");
            seller.open(base, "/seller/permits/index.xhtml");
            seller.waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.id("application-" + id)));
            assertThat(seller.scrollsSideways()).isFalse();
            seller.screenshot("licensing-14-mine-phone");
        }
    }

    private void logIn(Browser browser, String email) {
        browser.logIn(base, email, LicensingIT.DEMO_PASSWORD);
        browser.waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private static void upload(Browser browser, String code, Path file) {
        browser.driver().findElement(By.cssSelector("#doc-" + code + " input[type=file]")).sendKeys(file.toString());
    }

    private static void uploadAndWait(Browser browser, String code, Path file) {
        upload(browser, code, file);
        browser.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#doc-" + code + " .doc-file"), file.getFileName().toString()));
    }

    private void reupload(String email, long id, String code, String name, byte[] content) {
        PortalClient applicant = new PortalClient(base);
        applicant.login(email, LicensingIT.DEMO_PASSWORD);
        HttpResponse<String> answer = applicant.putBytes("/api/v1/licensing/my/applications/" + id + "/documents/" + code
                + "?name=" + name, "application/pdf", content);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private byte[] pdf(String email, long id) {
        PortalClient applicant = new PortalClient(base);
        applicant.login(email, LicensingIT.DEMO_PASSWORD);
        HttpResponse<byte[]> answer = applicant.getBytes("/api/v1/licensing/my/applications/" + id + "/permit.pdf");
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }
}
