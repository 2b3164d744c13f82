package id.umkm.portal.seller;

import static id.umkm.portal.seller.SellerTestAccounts.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.Browser;
import id.umkm.portal.testsupport.ExternalSystems;
import id.umkm.portal.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import id.umkm.portal.shared.media.TestImages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A new seller walks the onboarding wizard on a phone; staff find the profile in the queue and approve it. */
class SellerBrowserIT extends PortalIT {

    /** Known to the OSS simulator and kept free for this test: Tenun Ulap Doyo Gunung Sari, KBLI 13122. */
    private static final String NIB = "9120012345672";
    private static final String BUSINESS = "Tenun Ulap Doyo Gunung Sari";
    private static final String PRODUCT = "Tas Ulap Doyo Motif Naga";

    private static Browser browser;

    @BeforeEach
    void portalReady() {
        TestDatabase.loadDemoData();
        // NIB look-ups go over HTTP to the portal's OSS simulator (oss context), through the test's WireMock.
        ExternalSystems.reset(ExternalSystems.oss());
        ExternalSystems.ossFallsBackToSimulator(base);
    }

    @BeforeAll
    static void openBrowser() {
        browser = Browser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void newSellerOnboardsOnAPhoneStaffApproveAndAVisitorFindsHerProduct() throws IOException {
        String email = SellerTestAccounts.freshSeller("Ibu Yuliana");
        browser.resize(Browser.PHONE);
        logIn(email);
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("/seller/"));
        browser.screenshot("seller-landing-phone");
        browser.driver().findElement(By.id("open-profile")).click();
        visible("step1");
        assertThat(text("status-title")).isEqualTo("Belum ada profil");
        noSidewaysScrolling("step 1");
        browser.screenshot("seller-wizard-1-empty-phone");

        // Step 1: the NIB look-up fills in what OSS knows and lists the KBLI codes.
        type("profile:nib", NIB);
        browser.driver().findElement(By.id("profile:checkNib")).click();
        browser.waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".nib-found")));
        assertThat(browser.driver().findElement(By.id("profile:businessName")).getAttribute("value")).isEqualTo(BUSINESS);
        assertThat(browser.driver().findElement(By.id("kbli-list")).getText()).contains("13122");
        type("profile:ownerName", "Yuliana Lahay");
        pick("profile:categoryId", "Batik dan Tenun Kalimantan");
        browser.driver().findElement(By.cssSelector("[id='profile:womenLed'] .ui-chkbox-box")).click();
        noSidewaysScrolling("step 1 filled");
        browser.screenshot("seller-wizard-1-business-phone");
        browser.driver().findElement(By.id("profile:save1")).click();

        // Step 2: a landline is refused with a message at the field; a mobile number passes.
        visible("step2");
        pick("profile:kecamatanId", "Balikpapan Tengah");
        browser.waitUpTo(10).ignoring(StaleElementReferenceException.class).until(d -> d.findElement(By.id("profile:kelurahanId")).getAttribute("innerHTML")
                .contains("Gunung Sari Ulu"));
        pick("profile:kelurahanId", "Gunung Sari Ulu");
        type("profile:address", "Jl. Gunung Sari Ulu RT 12 No. 7");
        type("profile:phone", "0542 733100");
        type("profile:description", "Kain tenun ulap doyo dari serat daun doyo, ditenun tangan.");
        browser.driver().findElement(By.id("profile:save2")).click();
        WebElement phoneError = browser.waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='profile:phone'] ~ .ui-message-error, .ui-message-error")));
        assertThat(phoneError.getText()).contains("Nomor HP tidak valid");
        noSidewaysScrolling("step 2 with an error");
        browser.screenshot("seller-wizard-2-phone-error-phone");
        type("profile:phone", "0812 5400 7007");
        Path logo = Files.createTempFile("logo-doyo", ".png");
        Files.write(logo, TestImages.png(240, 240));
        browser.driver().findElement(By.cssSelector("[id='profile:logo'] input[type=file]")).sendKeys(logo.toString());
        browser.waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(By.id("profile:logoImage")));
        noSidewaysScrolling("step 2 with a logo");
        browser.screenshot("seller-wizard-2-location-phone");
        browser.driver().findElement(By.id("profile:save2")).click();

        // Step 3: payout to a bank account, with a QRIS NMID.
        visible("step3");
        pick("profile:payoutProvider", "BNI");
        type("profile:accountNumber", "0456 7891 23");
        type("profile:accountHolder", "Yuliana Lahay");
        type("profile:qrisNmid", "ID1029384756123");
        noSidewaysScrolling("step 3");
        browser.screenshot("seller-wizard-3-payout-phone");
        browser.driver().findElement(By.id("profile:save3")).click();

        // Step 4: review and send.
        visible("step4");
        assertThat(text("r-businessName")).isEqualTo(BUSINESS);
        assertThat(text("r-phone")).isEqualTo("+6281254007007");
        noSidewaysScrolling("step 4");
        browser.screenshot("seller-wizard-4-review-phone");
        browser.driver().findElement(By.id("profile:submit")).click();
        browser.waitUpTo(20).until(d -> shows("status-title", "Menunggu verifikasi"));
        browser.screenshot("seller-wizard-submitted-phone");
        assertThat(TestDatabase.string("SELECT s.status FROM seller s JOIN account a ON a.id = s.account_id WHERE a.email = ?",
                email)).isEqualTo("SUBMITTED");
        logOut();

        // Staff: the queue on a desktop and on a phone, then the review page and the approval.
        browser.resize(Browser.DESKTOP);
        logIn("staf@demo.umkm.id");
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("/staff/"));
        browser.driver().findElement(By.id("open-seller-queue")).click();
        browser.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.linkText(BUSINESS)));
        assertThat(browser.driver().findElement(By.id("queue")).getText()).contains("Kue Bingka Prapatan");
        browser.screenshot("staff-seller-queue-desktop");
        browser.resize(Browser.PHONE);
        noSidewaysScrolling("queue");
        browser.screenshot("staff-seller-queue-phone");
        browser.resize(Browser.DESKTOP);
        browser.driver().findElement(By.linkText(BUSINESS)).click();
        visible("oss-card");
        assertThat(text("review-oss-now")).isEqualTo("NIB ditemukan");
        browser.screenshot("staff-seller-review-desktop");
        browser.driver().findElement(By.id("decision:approve")).click();
        browser.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
        assertThat(browser.driver().findElement(By.cssSelector(".ui-messages-info")).getText()).contains(BUSINESS);
        browser.resize(Browser.PHONE);
        noSidewaysScrolling("review");
        browser.screenshot("staff-seller-approved-phone");
        logOut();

        // The seller sees the verdict.
        logIn(email);
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("/seller/"));
        open("/seller/profile.xhtml");
        browser.waitUpTo(20).until(d -> shows("status-title", "Terverifikasi"));
        browser.screenshot("seller-profile-verified-phone");

        // Now verified, she lists a product with a photo...
        open("/seller/products/edit.xhtml");
        browser.waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("product:name")));
        browser.driver().findElement(By.id("product:name")).sendKeys(PRODUCT);
        browser.driver().findElement(By.id("product:description")).sendKeys("Tas anyaman serat daun doyo, motif naga.");
        chooseCategory("Batik dan Tenun Kalimantan");
        browser.number("product:price", 275_000);
        browser.number("product:stock", 4);
        Path photo = Files.createTempFile("tas-doyo", ".png");
        Files.write(photo, TestImages.png(800, 600));
        browser.driver().findElement(By.cssSelector("[id='product:photo'] input[type=file]")).sendKeys(photo.toString());
        browser.waitUpTo(15).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#product\\:photos img"), 1));
        browser.driver().findElement(By.id("product:saveAndPublish")).click();
        browser.waitUpTo(20).until(ExpectedConditions.or(
                ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), PRODUCT),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-message-error"))));
        browser.screenshot("seller-product-published-phone");
        assertThat(text("messages")).as("the save's answer; field errors: %s", browser.fieldErrors()).contains(PRODUCT);
        logOut();

        // ...and a visitor on a phone finds it by searching, then opens her storefront with its logo.
        open("/katalog?q=ulap+doyo+naga");
        WebElement card = browser.waitUpTo(15).until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//a[contains(@class,'product-card-name') and text()='" + PRODUCT + "']")));
        noSidewaysScrolling("search results");
        browser.screenshot("visitor-finds-product-phone");
        card.click();
        browser.waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), PRODUCT));
        browser.screenshot("visitor-product-page-phone");
        browser.driver().findElement(By.id("store-link")).click();
        browser.waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(By.id("store-name"), BUSINESS));
        assertThat(browser.driver().findElement(By.cssSelector(".store-head img")).getAttribute("src"))
                .contains("/media/");
        noSidewaysScrolling("storefront");
        browser.screenshot("visitor-storefront-phone");
    }

    /**
     * Picks a category in the product form's menu, and tries again when the click met something else: the
     * panel can still be moving into place while it fades in.
     */
    private void chooseCategory(String label) {
        By item = By.cssSelector("[id='product:categoryId_items'] li[data-label='" + label + "']");
        By chosen = By.id("product:categoryId_label");
        browser.waitUpTo(15).ignoring(ElementClickInterceptedException.class).until(d -> {
            if (!d.findElement(chosen).getText().equals(label)) {
                if (!d.findElement(By.id("product:categoryId_panel")).isDisplayed()) {
                    d.findElement(By.id("product:categoryId")).click();
                }
                browser.waitUpTo(5).until(ExpectedConditions.elementToBeClickable(item)).click();
            }
            return d.findElement(chosen).getText().equals(label);
        });
    }

    /** Picks an option of a native select (the phone's own picker). */
    private void pick(String selectId, String label) {
        new Select(browser.driver().findElement(By.id(selectId))).selectByVisibleText(label);
    }

    private void type(String id, String value) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    /** Whether the element shows the text; false while an AJAX update is replacing it. */
    private boolean shows(String id, String expected) {
        try {
            return browser.driver().findElement(By.id(id)).getText().equals(expected);
        } catch (WebDriverException replaced) {
            // Chrome's "Node with given id does not belong to the document" is no StaleElementReferenceException.
            return false;
        }
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText().strip();
    }

    private void visible(String id) {
        browser.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    private void noSidewaysScrolling(String where) {
        if (browser.scrollsSideways()) {
            browser.screenshot("sideways-" + where.replace(' ', '-'));
        }
        assertThat(browser.scrollsSideways()).as("sideways scrolling on %s, caused by %s", where, widerThanTheWindow()).isFalse();
    }

    /** Names the elements sticking out to the right, so a failure says what to fix. */
    private Object widerThanTheWindow() {
        return browser.driver().executeScript("""
                const w = document.documentElement.clientWidth;
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > w + 1)
                    .slice(0, 8)
                    .map(e => e.tagName + '#' + e.id + '.' + e.className + ' right=' + Math.round(e.getBoundingClientRect().right));""");
    }

    private void logIn(String email) {
        open("/login.xhtml");
        browser.driver().findElement(By.id("login:email")).sendKeys(email);
        browser.driver().findElement(By.cssSelector("input[id^='login:password']")).sendKeys(PASSWORD);
        browser.driver().findElement(By.id("login:submit")).click();
    }

    private void logOut() {
        browser.driver().manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + base.getPort() + path);
    }
}
