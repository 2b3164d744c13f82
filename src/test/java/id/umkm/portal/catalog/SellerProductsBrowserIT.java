package id.umkm.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.catalog.ProductTestSellers.TestSeller;
import id.umkm.portal.shared.media.TestImages;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.Browser;
import id.umkm.portal.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The demo seller manages products in a real browser, on a phone first. */
class SellerProductsBrowserIT extends PortalIT {

    private static Browser browser;

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

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
    }

    @Test
    void theDemoSellerAddsAProductWithAPhotoOnAPhone() throws IOException {
        browser.resize(Browser.PHONE);
        login("penjual@demo.umkm.id");
        open("/seller/products/index.xhtml");
        assertThat(browser.driver().findElements(By.cssSelector(".product-item"))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(browser.scrollsSideways()).as("product list at 360 px").isFalse();
        browser.screenshot("products-list-phone");

        browser.driver().findElement(By.id("add")).click();
        browser.waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("product:name")));
        String name = "Amplang Udang Uji " + UUID.randomUUID().toString().substring(0, 6);
        browser.driver().findElement(By.id("product:name")).sendKeys(name);
        browser.driver().findElement(By.id("product:description")).sendKeys("Amplang udang renyah, 250 gram.");
        choose("product:categoryId", "Oleh-oleh Khas Kalimantan");
        browser.number("product:price", 35_000);
        browser.number("product:stock", 25);

        Path notAPhoto = Files.createTempFile("foto-palsu", ".jpg");
        Files.writeString(notAPhoto, "%PDF-1.4 ini bukan foto", StandardCharsets.ISO_8859_1);
        upload(notAPhoto);
        browser.waitUpTo(15).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("product:photoBox"), "bukan foto JPEG, PNG, atau WebP"));
        browser.screenshot("product-edit-not-a-photo-phone");

        Path photo = Files.createTempFile("amplang", ".png");
        Files.write(photo, TestImages.png(800, 600));
        upload(photo);
        browser.waitUpTo(15).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#product\\:photos img"), 1));
        assertThat(browser.scrollsSideways()).as("edit page at 360 px").isFalse();
        scrollTo("product:photos");
        browser.screenshot("product-edit-phone");

        browser.driver().findElement(By.id("product:saveAndPublish")).click();
        browser.waitUpTo(30).until(ExpectedConditions.or(
                ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), name),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-message-error"))));
        assertThat(browser.driver().findElement(By.id("messages")).getText())
                .as("the save's answer; field errors: %s", browser.fieldErrors()).contains(name).contains("terbit");
        browser.screenshot("product-saved-phone");

        open("/seller/products/index.xhtml");
        WebElement item = browser.driver().findElements(By.cssSelector(".product-item")).stream()
                .filter(e -> e.getText().contains(name)).findFirst().orElseThrow();
        assertThat(item.getText()).contains("Rp 35.000").contains("Terbit");
        assertThat(item.findElement(By.cssSelector("img.product-thumb")).getAttribute("src")).contains("/media/");
        browser.screenshot("products-list-with-new-phone");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM product WHERE name = ? AND visible AND cover_media_id IS NOT NULL", name))
                .isEqualTo(1);
    }

    @Test
    void anotherSellersProductIsNotFoundAndImportReportsRowsOnDesktop() throws IOException {
        browser.resize(Browser.DESKTOP);
        TestSeller other = ProductTestSellers.create("Toko Lain", "VERIFIED", 2, "MICRO");
        TestDatabase.update("INSERT INTO product (seller_id, name, slug, category_id, price_rupiah, stock, unit, status,"
                + " kecamatan_id, seller_scale, created_at, updated_at) VALUES (?, 'Rahasia Toko Lain', 'rahasia', 8, 1000, 1,"
                + " 'pcs', 'DRAFT', 2, 'MICRO', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", other.sellerId());
        long theirs = TestDatabase.count("SELECT id FROM product WHERE seller_id = ?", other.sellerId());

        login("penjual@demo.umkm.id");
        open("/seller/products/edit.xhtml?id=" + theirs);
        assertThat(browser.driver().getPageSource()).doesNotContain("Rahasia Toko Lain");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).doesNotContain("Ubah Produk");

        open("/seller/products/index.xhtml");
        browser.screenshot("products-list-desktop");
        open("/seller/products/edit.xhtml");
        browser.screenshot("product-new-desktop");

        open("/seller/products/import.xhtml");
        String csv = "nama,kategori,harga,stok,satuan\n"
                + "Sambal Uji Impor " + UUID.randomUUID().toString().substring(0, 6) + ",6,25000,10,botol\n"
                + "Tanpa Harga,6,,10,botol\n";
        Path file = Files.createTempFile("produk", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        browser.driver().findElement(By.cssSelector("#import\\:file input[type=file]")).sendKeys(file.toString());
        browser.waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("problems")));
        assertThat(browser.driver().findElement(By.id("problems")).getText()).contains("3").contains("harga");
        assertThat(browser.driver().findElement(By.id("summary")).getText()).contains("1 tersimpan");
        assertThat(browser.driver().findElement(By.id("reportCsv")).getAttribute("href")).contains("/report");
        scrollTo("problems");
        browser.screenshot("products-import-report-desktop");
        browser.resize(Browser.PHONE);
        assertThat(browser.scrollsSideways()).as("import report at 360 px").isFalse();
        scrollTo("problems");
        browser.screenshot("products-import-report-phone");
    }

    private void scrollTo(String id) {
        browser.driver().executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
    }

    private void choose(String menuId, String label) {
        browser.driver().findElement(By.id(menuId)).click();
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        browser.waitUpTo(5).until(ExpectedConditions.elementToBeClickable(item)).click();
    }

    private void upload(Path file) {
        browser.driver().findElement(By.cssSelector("[id='product:photo'] input[type=file]")).sendKeys(file.toString());
    }

    private void login(String email) {
        open("/login.xhtml");
        browser.driver().findElement(By.id("login:email")).sendKeys(email);
        browser.driver().findElement(By.cssSelector("input[id^='login:password']")).sendKeys(ProductTestSellers.PASSWORD);
        browser.driver().findElement(By.id("login:submit")).click();
        browser.waitUpTo(15).until(ExpectedConditions.presenceOfElementLocated(By.id("logout")));
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + base.getPort() + path);
    }
}
