package id.umkm.portal.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.Browser;
import id.umkm.portal.testsupport.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Staff look at the dashboard, pick a month and a kecamatan, take the PDF report; anyone reads the public page and the API docs. */
class DashboardBrowserIT extends PortalIT {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
    }

    @Test
    void staffChangePeriodAndKecamatanAndExportThePdf() throws Exception {
        Path downloads = Files.createTempDirectory(Path.of(System.getProperty("umkm.test.dir", "target")), "dashboard-downloads");
        YearMonth lastMonth = YearMonth.now(ZoneId.of("Asia/Makassar")).minusMonths(1);
        String lastMonthLabel = lastMonth.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, INDONESIAN) + " " + lastMonth.getYear();
        try (Browser browser = Browser.open()) {
            browser.driver().executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            browser.logIn(base, "staf@demo.umkm.id", "umkm-demo-2026");
            browser.waitUpTo(30).until(ExpectedConditions.urlContains("/staff/"));
            browser.open(base, "/staff/dashboard.xhtml");
            browser.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard:refresh"))).click();
            browser.waitUpTo(60).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "dihitung ulang"));
            assertThat(text(browser, "refreshed-at")).contains("Angka dihitung pada").contains("WITA");
            assertThat(text(browser, "area-heading")).contains("Kota Balikpapan");
            // The demo sellers are verified and selling: the city has registered MSMEs and listed products now.
            assertThat(kpi(browser, "sellers_registered")).isNotEqualTo("0");
            assertThat(kpi(browser, "products_listed")).isNotEqualTo("0");
            assertThat(kpi(browser, "online_share")).endsWith("%");
            assertThat(browser.driver().findElements(By.cssSelector("#indicator-table tbody tr"))).hasSize(6);
            browser.screenshot("dashboard-staff-desktop");
            browser.driver().executeScript("document.getElementById('dashboard:trend-chart').scrollIntoView()");
            assertThat(browser.driver().findElements(By.cssSelector("[id='dashboard:trend-chart'] canvas"))).hasSize(1);
            browser.screenshot("dashboard-staff-trend-desktop");
            browser.driver().executeScript("document.getElementById('kecamatan-map').scrollIntoView()");
            assertThat(browser.driver().findElements(By.cssSelector("#kecamatan-map path"))).hasSize(6);
            browser.screenshot("dashboard-staff-charts-desktop");

            choose(browser, "dashboard:period", lastMonthLabel);
            browser.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("area-heading"), lastMonthLabel));
            choose(browser, "dashboard:kecamatan", "Balikpapan Selatan");
            browser.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("area-heading"), "Balikpapan Selatan"));
            assertThat(text(browser, "area-heading")).contains(lastMonthLabel);
            assertThat(text(browser, "indicator-table")).contains("Sepinggan").contains("Gunung Bahagia").doesNotContain("Manggar");
            assertThat(browser.driver().findElements(By.cssSelector("#indicator-table tbody tr"))).hasSize(7);
            choose(browser, "dashboard:indicator", "Produk tayang");
            browser.waitUpTo(30).until(d -> d.findElement(By.cssSelector(".kpi-chosen")).getAttribute("data-indicator").equals("products_listed"));
            browser.screenshot("dashboard-staff-kecamatan-desktop");

            browser.driver().findElement(By.id("dashboard:export-pdf")).click();
            Path pdf = awaitDownload(downloads, ".pdf");
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Balikpapan Selatan").contains(lastMonthLabel).contains("Produk tayang per wilayah")
                        .contains("Sepinggan").contains("tren 12 bulan");
            }

            browser.resize(Browser.PHONE);
            browser.open(base, "/staff/dashboard.xhtml");
            browser.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("area-heading")));
            browser.screenshot("dashboard-staff-phone");
            browser.driver().executeScript("document.getElementById('area-heading').scrollIntoView()");
            browser.screenshot("dashboard-staff-figures-phone");
            browser.driver().executeScript("document.getElementById('kecamatan-map').scrollIntoView()");
            browser.screenshot("dashboard-staff-map-phone");
            assertThat(browser.scrollsSideways()).as("staff dashboard at 360 px, too wide: %s", tooWide(browser)).isFalse();
        }
    }

    @Test
    void anyoneReadsThePublicIndicatorsAndTheApiDocsWithoutPersonalData() {
        try (Browser browser = Browser.open()) {
            browser.open(base, "/indikator.xhtml");
            browser.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("area-heading")));
            assertThat(browser.driver().findElements(By.id("indicators:drill-lines"))).isEmpty();
            String page = browser.driver().findElement(By.tagName("main")).getText();
            assertThat(page).contains("Pangsa UMKM berjualan daring").doesNotContain("Amplang Hasanah").doesNotContain("@");
            browser.screenshot("dashboard-public-desktop");
            // The public page keeps nothing between requests: each change must carry the other two choices.
            choose(browser, "indicators:indicator", "Produk tayang");
            browser.waitUpTo(30).until(ExpectedConditions.attributeToBe(By.cssSelector(".kpi-chosen"), "data-indicator", "products_listed"));
            String lastMonth = browser.driver().findElement(By.cssSelector("[id='indicators:period_input'] option:nth-child(2)")).getAttribute("textContent").strip();
            choose(browser, "indicators:period", lastMonth);
            browser.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("area-heading"), lastMonth));
            choose(browser, "indicators:kecamatan", "Balikpapan Timur");
            browser.waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.id("area-heading"), "Balikpapan Timur"));
            assertThat(text(browser, "area-heading")).contains(lastMonth);
            assertThat(browser.driver().findElement(By.cssSelector(".kpi-chosen")).getAttribute("data-indicator")).isEqualTo("products_listed");
            assertThat(text(browser, "indicator-table")).contains("Manggar");
            browser.resize(Browser.PHONE);
            browser.open(base, "/indikator.xhtml");
            browser.waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.id("area-heading")));
            browser.screenshot("dashboard-public-phone");
            assertThat(browser.scrollsSideways()).as("public indicators at 360 px, too wide: %s", tooWide(browser)).isFalse();

            browser.resize(Browser.DESKTOP);
            browser.open(base, "/api-docs.xhtml");
            browser.waitUpTo(300).until(ExpectedConditions.textToBePresentInElementLocated(By.id("swagger-ui"), "Open data"));
            assertThat(text(browser, "swagger-ui")).contains("/api/v1/open-data/indicators").contains("Portal UMKM Balikpapan API");
            browser.screenshot("dashboard-api-docs-desktop");
        }
    }

    /**
     * Picks an option as a person does, and once more if the menu did not take it: an update of the
     * form still under way can replace the panel between the two clicks.
     */
    private static void choose(Browser browser, String menuId, String label) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                browser.driver().findElement(By.id(menuId)).click();
                By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
                browser.waitUpTo(10).until(ExpectedConditions.elementToBeClickable(item)).click();
                browser.waitUpTo(10).until(ExpectedConditions.textToBe(By.id(menuId + "_label"), label));
                return;
            } catch (org.openqa.selenium.WebDriverException notTaken) {
                // the panel was replaced or covered under the click: close what is open and try again
                browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            }
        }
        throw new AssertionError(menuId + " did not take " + label);
    }

    /** The innermost elements reaching past the window's right edge, to say what makes a page scroll sideways. */
    private static Object tooWide(Browser browser) {
        return browser.driver().executeScript("const w = window.innerWidth; return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > w + 1 && !Array.from(e.children).some(c => c.getBoundingClientRect().right > w + 1))"
                + ".slice(0, 8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')");
    }

    private static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    private static String kpi(Browser browser, String key) {
        return browser.driver().findElement(By.cssSelector(".kpi[data-indicator='" + key + "'] .kpi-value")).getText();
    }

    private static Path awaitDownload(Path folder, String suffix) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(folder)) {
                Optional<Path> done = files.filter(f -> f.toString().endsWith(suffix)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No " + suffix + " download arrived in " + folder);
    }
}
