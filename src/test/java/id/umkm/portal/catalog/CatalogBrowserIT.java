package id.umkm.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.catalog.CatalogTestData.Product;
import id.umkm.portal.catalog.CatalogTestData.Seller;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.Browser;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A visitor, without logging in, finds a product by search, narrows by a facet and opens it; on a phone and on a desktop. */
class CatalogBrowserIT extends PortalIT {

    private static Browser browser;
    private static String word;
    private static Seller selatan;
    private static Product amplang;
    private static Product kerupuk;
    private static Product batik;

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
    void shops() {
        if (word != null) {
            return;
        }
        word = CatalogTestData.uniqueWord();
        Seller kota = CatalogTestData.seller("Amplang Hasanah", "VERIFIED", 2, 8, "MICRO", true);
        selatan = CatalogTestData.seller("Sentra Oleh-oleh Sepinggan", "VERIFIED", 3, 15, "SMALL", true);
        CatalogTestData.product(kota, "Amplang Ikan Tenggiri " + word, "Amplang renyah khas Balikpapan.", 8, 35_000, "PUBLISHED", 2);
        amplang = CatalogTestData.product(selatan, "Amplang Udang Pedas " + word + " 250 gr",
                "Amplang udang dengan sambal pedas, oleh-oleh khas Balikpapan.\nTahan 3 bulan.", 8, 42_500, "PUBLISHED", 1);
        kerupuk = CatalogTestData.product(selatan, "Kerupuk Ikan Pipih " + word, "Kerupuk ikan pipih siap goreng.", 8, 18_000,
                "PUBLISHED", 3);
        batik = CatalogTestData.product(selatan, "Kain Batik Motif Sisik Naga " + word, "Batik tulis Kalimantan.", 11, 350_000,
                "PUBLISHED", 4);
        CatalogTestData.variant(amplang, "250 gr", "", 42_500, 20, 0);
        CatalogTestData.variant(amplang, "500 gr", "", 80_000, 5, 1);
    }

    @Test
    void aVisitorOnAPhoneSearchesFiltersAndSharesAProduct() {
        browser.resize(Browser.PHONE);
        open("/");
        WebElement search = browser.driver().findElement(By.id("site-search-q"));
        assertThat(search.isDisplayed()).as("the header search is visible on a phone without opening the menu").isTrue();
        search.sendKeys(word, Keys.ENTER);
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("/katalog?q=" + word));
        assertThat(resultCards()).hasSize(4);
        assertThat(browser.scrollsSideways()).as("results on a phone").isFalse();
        browser.screenshot("catalog-search-phone");

        WebElement facets = browser.driver().findElement(By.id("facets"));
        assertThat(facets.getAttribute("open")).as("filters start folded on a phone").isNull();
        facets.findElement(By.tagName("summary")).click();
        WebElement selatanFacet = browser.waitUpTo(5).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//section[@id='facet-kecamatan']//a[contains(., 'Balikpapan Selatan')]")));
        assertThat(selatanFacet.getText()).contains("3");
        browser.screenshot("catalog-facets-phone");
        selatanFacet.click();
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("kecamatan=balikpapan-selatan"));
        assertThat(resultCards()).hasSize(3);
        assertThat(browser.driver().findElement(By.id("active-filters")).getText()).contains("Balikpapan Selatan");
        browser.screenshot("catalog-filtered-phone");

        browser.driver().findElement(By.linkText(amplang.name())).click();
        browser.waitUpTo(20).until(ExpectedConditions.urlContains(amplang.path()));
        assertThat(browser.driver().findElement(By.id("product-name")).getText()).isEqualTo(amplang.name());
        assertThat(browser.driver().findElement(By.id("product-price")).getText()).isEqualTo("Rp 42.500");
        assertThat(browser.driver().findElement(By.id("variants")).getText()).contains("500 gr", "Rp 80.000");
        WebElement share = browser.driver().findElement(By.id("share-whatsapp"));
        assertThat(share.isDisplayed()).isTrue();
        String href = share.getAttribute("href");
        assertThat(href).startsWith("https://wa.me/?text=");
        assertThat(URLDecoder.decode(href.substring("https://wa.me/?text=".length()), StandardCharsets.UTF_8))
                .contains(amplang.name()).endsWith(amplang.path());
        assertThat(browser.scrollsSideways()).as("product page on a phone").isFalse();
        browser.screenshot("product-phone");
    }

    @Test
    void aVisitorOnADesktopSortsByPriceAndVisitsTheShop() {
        browser.resize(Browser.DESKTOP);
        open("/");
        browser.screenshot("home-catalog-desktop");
        browser.driver().findElement(By.id("home-search-q")).sendKeys(word, Keys.ENTER);
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("/katalog?q=" + word));
        assertThat(browser.driver().findElement(By.id("facets")).getAttribute("open")).as("filters open on a desktop").isNotNull();
        new Select(browser.driver().findElement(By.id("sort"))).selectByValue("termurah");
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("urut=termurah"));
        List<String> names = resultCards().stream().map(c -> c.findElement(By.className("product-card-name")).getText()).toList();
        assertThat(names).first().isEqualTo(kerupuk.name());
        assertThat(names).last().isEqualTo(batik.name());
        browser.screenshot("catalog-sorted-desktop");

        browser.driver().findElement(By.linkText(amplang.name())).click();
        browser.waitUpTo(20).until(ExpectedConditions.urlContains(amplang.path()));
        browser.screenshot("product-desktop");
        browser.driver().findElement(By.id("lang-en")).click();
        browser.waitUpTo(20).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.driver().getCurrentUrl()).as("the language switch comes back to the clean address").endsWith(amplang.path());
        assertThat(browser.driver().findElement(By.id("share-whatsapp")).getText()).isEqualTo("Share to WhatsApp");
        browser.screenshot("product-desktop-en");
        browser.driver().findElement(By.id("lang-id")).click();
        browser.waitUpTo(20).until(d -> "id".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.driver().findElement(By.id("store-link")).click();
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("/toko/" + selatan.slug()));
        assertThat(browser.driver().findElement(By.id("store-name")).getText()).isEqualTo(selatan.name());
        assertThat(browser.driver().findElement(By.id("nib-badge")).isDisplayed()).isTrue();
        assertThat(resultCards()).hasSize(3);
        browser.screenshot("store-desktop");
        browser.resize(Browser.PHONE);
        browser.driver().navigate().refresh();
        assertThat(browser.scrollsSideways()).as("storefront on a phone").isFalse();
        browser.screenshot("store-phone");
    }

    private static List<WebElement> resultCards() {
        return browser.driver().findElements(By.cssSelector("#results .product-card"));
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + base.getPort() + path);
    }
}
