package id.umkm.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.Browser;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The admin's permit-type catalogue in Chromium: a document is added to a permit type with its
 * formats and size, the fee and service level change, and the type is saved twice in a row (the
 * second save once failed: the new document was inserted without its type's id).
 */
class PermitTypesBrowserIT extends PortalIT {

    private String code;

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
        code = "UJI-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        TestDatabase.update("INSERT INTO permit_type (code, name_id, name_en, fee_rupiah, service_days, risk_levels)"
                + " VALUES (?, ?, ?, 50000, 14, 'MR')", code, "Izin uji " + code, "Trial permit " + code);
        TestDatabase.update("INSERT INTO permit_document_requirement (permit_type_id, code, name_id, name_en, mandatory,"
                + " formats, max_kb, position) SELECT id, 'KTP', 'KTP pemilik', 'Owner ID card', TRUE, 'PDF', 1024, 1"
                + " FROM permit_type WHERE code = ?", code);
    }

    @Test
    void anAdminAddsADocumentAndSavesTwiceAndTheValuesStay() {
        try (Browser admin = Browser.open()) {
            admin.resize(Browser.DESKTOP);
            admin.logIn(base, "admin@demo.umkm.id", LicensingIT.DEMO_PASSWORD);
            admin.waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
            admin.open(base, "/admin/permit-types.xhtml");
            assertThat(admin.driver().findElement(By.id("type:types")).getText()).contains(code).contains("SPP-IRT");
            admin.screenshot("licensing-admin-types-list-desktop");
            editType(admin);

            admin.driver().findElement(By.id("type:addDocument")).click();
            admin.waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$=':1:dcode']")));
            field(admin, "1:dcode").sendKeys("NPWP");
            field(admin, "1:dnameId").sendKeys("NPWP usaha");
            field(admin, "1:dnameEn").sendKeys("Business tax number");
            admin.number(field(admin, "1:dmax").getAttribute("id").replace("_input", ""), 512);
            formatBox(admin, 1, "PDF").click();
            admin.driver().findElement(By.cssSelector("[id$=':1:dmandatory'] .ui-chkbox-box")).click();
            admin.number("type:feeRupiah", 150_000);
            admin.number("type:serviceDays", 7);
            admin.driver().findElement(By.id("type:save")).click();
            admin.waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("type"),
                    "Dokumen ke-2: Pilih setidaknya satu format berkas."));
            admin.screenshot("licensing-admin-type-no-format-desktop");
            assertThat(TestDatabase.string("SELECT CONCAT(fee_rupiah, '/', service_days) FROM permit_type WHERE code = ?", code))
                    .as("nothing saved while a document has no format").isEqualTo("50000/14");

            formatBox(admin, 1, "JPEG").click();
            formatBox(admin, 1, "PDF").click();
            save(admin);
            admin.screenshot("licensing-admin-type-saved-desktop");

            editType(admin);
            assertThat(field(admin, "1:dcode").getAttribute("value")).isEqualTo("NPWP");
            admin.number("type:serviceDays", 10);
            admin.number("type:feeRupiah", 175_000);
            save(admin);

            admin.driver().navigate().refresh();
            editType(admin);
            assertThat(admin.driver().findElement(By.id("type:feeRupiah_input")).getAttribute("value")).contains("175");
            assertThat(admin.driver().findElement(By.id("type:serviceDays_input")).getAttribute("value")).isEqualTo("10");
            assertThat(field(admin, "1:dcode").getAttribute("value")).isEqualTo("NPWP");
            assertThat(field(admin, "1:dmax_input").getAttribute("value")).isEqualTo("512");
            assertThat(checkbox(admin, 1, "JPEG").isSelected()).isTrue();
            assertThat(checkbox(admin, 1, "PDF").isSelected()).isTrue();
            assertThat(checkbox(admin, 1, "PNG").isSelected()).isFalse();
            assertThat(admin.driver().findElement(By.cssSelector("[id$=':1:dmandatory'] input")).isSelected()).isFalse();
            formatsReadable(admin, 1366);
            admin.screenshot("licensing-admin-type-edit-desktop");

            admin.resize(Browser.PHONE);
            assertThat(admin.scrollsSideways()).as("the permit type form at 360 px").isFalse();
            WebElement formats = admin.driver().findElement(By.cssSelector("label[for$=':1:dformats']"));
            admin.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", formats);
            assertThat(formats.getText()).isEqualTo("Format berkas yang diterima");
            assertThat(formats.getRect().getX() + formats.getRect().getWidth()).as("the formats label fits the phone")
                    .isLessThanOrEqualTo(360);
            formatsReadable(admin, 360);
            admin.screenshot("licensing-admin-type-edit-phone");
            admin.driver().findElement(By.id("type:cancel")).click();
            admin.waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("type:types")));
            assertThat(admin.scrollsSideways()).as("the permit type list at 360 px").isFalse();
            admin.screenshot("licensing-admin-types-list-phone");
        }
        assertThat(TestDatabase.string("SELECT CONCAT(fee_rupiah, '/', service_days) FROM permit_type WHERE code = ?", code))
                .isEqualTo("175000/10");
        assertThat(TestDatabase.string("SELECT GROUP_CONCAT(CONCAT(d.code, ':', d.formats, ':', d.max_kb, ':', d.mandatory)"
                + " ORDER BY d.position SEPARATOR ' ') FROM permit_document_requirement d JOIN permit_type t"
                + " ON t.id = d.permit_type_id WHERE t.code = ?", code)).isEqualTo("KTP:PDF:1024:1 NPWP:PDF,JPEG:512:0");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE action = 'PERMIT_TYPE_SAVED' AND detail = ?", code))
                .as("each save audited").isEqualTo(2);
    }

    /** Each format's name stands on one line beside its box, inside the window; on a desktop all on one line. */
    private static void formatsReadable(Browser admin, int width) {
        if (width > 1000) {
            assertThat(formatBox(admin, 1, "PNG").getRect().getY()).as("the formats share a line")
                    .isEqualTo(formatBox(admin, 1, "PDF").getRect().getY());
        }
        for (String format : List.of("PDF", "JPEG", "PNG")) {
            WebElement label = admin.driver().findElement(By.xpath("//*[contains(@id, ':1:dformats')]//label[text()='"
                    + format + "']"));
            admin.driver().executeScript("arguments[0].scrollIntoView({block: 'center'})", label);
            assertThat(label.isDisplayed()).isTrue();
            assertThat(label.getRect().getX() + label.getRect().getWidth()).as(format + " fits").isLessThanOrEqualTo(width);
            assertThat(label.getRect().getHeight()).as(format + " on one line").isLessThan(30);
            assertThat(Math.abs(label.getRect().getY() - formatBox(admin, 1, format).getRect().getY()))
                    .as(format + " beside its box").isLessThan(12);
        }
    }

    private void editType(Browser admin) {
        admin.waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("type:types")));
        admin.driver().findElement(By.xpath("//tr[td[contains(., '" + code + "')]]//button[contains(@id, ':edit')]"))
                .click();
        admin.waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("type:nameId")));
    }

    /** Saves and waits for this save's own message (the last one is wiped first). */
    private void save(Browser admin) {
        admin.driver().executeScript("document.querySelector('.page-messages').textContent = ''");
        admin.driver().findElement(By.id("type:save")).click();
        admin.waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".page-messages"),
                "Jenis izin " + code + " tersimpan"));
        assertThat(admin.driver().findElement(By.id("type:types")).getText()).contains(code);
    }

    private static WebElement field(Browser admin, String suffix) {
        return admin.driver().findElement(By.cssSelector("[id$=':" + suffix + "']"));
    }

    private static WebElement checkbox(Browser admin, int row, String format) {
        return admin.driver().findElement(By.cssSelector("[id$=':" + row + ":dformats'] input[value='" + format + "']"));
    }

    /** The visible box beside a format's hidden checkbox. */
    private static WebElement formatBox(Browser admin, int row, String format) {
        return checkbox(admin, row, format).findElement(By.xpath("ancestor::div[contains(@class, 'ui-chkbox')][1]"
                + "//div[contains(@class, 'ui-chkbox-box')]"));
    }
}
