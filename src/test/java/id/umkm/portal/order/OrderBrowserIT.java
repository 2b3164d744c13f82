package id.umkm.portal.order;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.Browser;
import id.umkm.portal.testsupport.ExternalSystems;
import id.umkm.portal.testsupport.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A buyer shops at two sellers, pays once by QRIS in the simulator, and each seller ships. */
class OrderBrowserIT extends PortalIT {

    private static final int KOTA = 2;
    private static final int UTARA = 6;

    @BeforeEach
    void ready() {
        TestDatabase.loadDemoData();
        ExternalSystems.gatewayFallsBackToSimulator(base);
    }

    @Test
    void aBuyerOrdersFromTwoSellersPaysOnceAndEachSellerShips() {
        OrderTestData.Seller amplangShop = OrderTestData.seller("Amplang Bu Ida", KOTA);
        OrderTestData.Seller batikShop = OrderTestData.seller("Batik Kuntul Perak", UTARA);
        OrderTestData.Product amplang = OrderTestData.product(amplangShop, "Amplang Ikan Pipih", 25_000, 10);
        OrderTestData.Product batik = OrderTestData.product(batikShop, "Kain Batik Motif Kuntul", 185_000, 3);
        String buyer = OrderTestData.buyer("Rahmat Hidayat");
        long checkoutId;

        try (Browser browser = Browser.open()) {
            browser.resize(Browser.DESKTOP);
            // As a guest: the first product goes into the session's cart.
            addToCart(browser, amplang, 2);
            assertThat(browser.driver().findElement(By.id("cart")).getText()).contains(amplang.name());

            // Logged in: the guest's cart joins the buyer's, and the second seller's product follows.
            browser.logIn(base, buyer, OrderTestData.PASSWORD);
            browser.waitUpTo(20).until(ExpectedConditions.urlContains("/account/"));
            addToCart(browser, batik, 1);
            String cart = browser.driver().findElement(By.id("cart")).getText();
            assertThat(cart).contains(amplang.name(), batik.name(), amplangShop.name(), batikShop.name());
            assertThat(browser.driver().findElement(By.id("cart-total")).getText()).isEqualTo("Rp 235.000");
            browser.screenshot("order-cart-desktop");
            browser.resize(Browser.PHONE);
            assertThat(browser.scrollsSideways()).as("cart fits a phone").isFalse();
            browser.screenshot("order-cart-phone");
            browser.resize(Browser.DESKTOP);

            // Checkout: the amplang is picked up, the batik comes by courier to Balikpapan Utara.
            browser.driver().findElement(By.id("cart:to-checkout")).click();
            browser.waitUpTo(20).until(ExpectedConditions.urlContains("/checkout.xhtml"));
            browser.driver().findElement(By.id("checkout:phone")).sendKeys("0812 5555 1234");
            List<WebElement> courierChoices = browser.driver().findElements(By.cssSelector("input[type=radio][value=COURIER]"));
            assertThat(courierChoices).hasSize(2);
            clickRadio(browser, batikShop);
            browser.waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("checkout:address")));
            browser.driver().findElement(By.id("checkout:address")).sendKeys("Jl. Soekarno Hatta Km 5 No. 12");
            new Select(browser.driver().findElement(By.id("checkout:kecamatanId"))).selectByValue(String.valueOf(UTARA));
            long fee = TestDatabase.count("SELECT fee_rupiah FROM courier_fee WHERE from_kecamatan_id = ? AND to_kecamatan_id = ?", UTARA, UTARA);
            String total = id.umkm.portal.shared.domain.Money.rupiah(235_000 + fee).format();
            browser.waitUpTo(10).until(ExpectedConditions.textToBePresentInElementLocated(By.id("checkout-total"), total));
            browser.screenshot("order-checkout-desktop");
            browser.driver().findElement(By.id("checkout:place")).click();

            browser.waitUpTo(30).until(ExpectedConditions.urlContains("/orders/pay.xhtml"));
            browser.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("qris")));
            assertThat(browser.driver().findElement(By.id("pay-amount")).getText()).isEqualTo(total);
            assertThat(browser.driver().findElement(By.id("countdown")).getText()).matches("(29|30):\\d\\d");
            checkoutId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*checkout=(\\d+).*", "$1"));
            browser.screenshot("order-qris-desktop");
            browser.resize(Browser.PHONE);
            assertThat(browser.scrollsSideways()).as("QRIS page fits a phone").isFalse();
            browser.screenshot("order-qris-phone");
            browser.resize(Browser.DESKTOP);

            payInSimulator(browser);

            browser.open(base, "/orders/pay.xhtml?checkout=" + checkoutId);
            browser.waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.id("pay-paid")));
            assertThat(browser.driver().findElements(By.cssSelector(".pay-orders .order-status")))
                    .hasSize(2).allSatisfy(s -> assertThat(s.getText()).isEqualTo("Dibayar"));
            browser.screenshot("order-paid-desktop");
        }

        shipAs(amplangShop, "Diambil di toko");
        shipAs(batikShop, "Kurir Pak Udin, resi BPN-778");

        try (Browser browser = Browser.open()) {
            browser.resize(Browser.DESKTOP);
            browser.logIn(base, buyer, OrderTestData.PASSWORD);
            browser.waitUpTo(20).until(ExpectedConditions.urlContains("/account/"));
            assertThat(browser.driver().findElement(By.id("bell-count")).getText()).isNotBlank();
            long orderId = TestDatabase.count("SELECT id FROM orders WHERE checkout_id = ? AND seller_id = ?", checkoutId, batikShop.id());
            browser.open(base, "/orders/detail.xhtml?id=" + orderId);
            assertThat(browser.driver().findElement(By.id("order-status")).getText()).isEqualTo("Dikirim");
            assertThat(browser.driver().findElement(By.id("timeline-" + orderId)).getText())
                    .contains("Menunggu pembayaran", "Dibayar", "Diproses", "Dikirim", "Kurir Pak Udin, resi BPN-778");
            browser.screenshot("order-timeline-desktop");
            browser.resize(Browser.PHONE);
            assertThat(browser.scrollsSideways()).as("order page fits a phone").isFalse();
            browser.screenshot("order-timeline-phone");

            browser.driver().findElement(By.id("order:received")).click();
            browser.waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("order-status"), "Selesai"));
        }
        assertThat(TestDatabase.string("SELECT status FROM orders WHERE checkout_id = ? AND seller_id = ?", checkoutId, batikShop.id()))
                .isEqualTo("COMPLETED");
    }

    private void addToCart(Browser browser, OrderTestData.Product product, int quantity) {
        browser.open(base, product.path());
        WebElement amount = browser.driver().findElement(By.id("add-quantity"));
        amount.clear();
        amount.sendKeys(String.valueOf(quantity));
        browser.driver().findElement(By.id("add-to-cart-button")).click();
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("/cart.xhtml"));
    }

    private static void clickRadio(Browser browser, OrderTestData.Seller seller) {
        WebElement card = browser.driver().findElement(By.id("order-" + seller.id()));
        card.findElement(By.xpath(".//input[@value='COURIER']/ancestor::div[contains(@class,'ui-radiobutton')][1]")).click();
    }

    private void payInSimulator(Browser browser) {
        String link = browser.driver().findElement(By.id("simulator-link")).getAttribute("href");
        browser.driver().get(link);
        browser.waitUpTo(20).until(ExpectedConditions.elementToBeClickable(By.id("pay:pay-button"))).click();
        browser.waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("pay:pay-button")));
        browser.screenshot("order-simulator-paid-desktop");
    }

    private void shipAs(OrderTestData.Seller seller, String note) {
        try (Browser browser = Browser.open()) {
            browser.resize(Browser.DESKTOP);
            browser.logIn(base, seller.email(), OrderTestData.PASSWORD);
            browser.waitUpTo(20).until(ExpectedConditions.urlContains("/seller/"));
            browser.open(base, "/seller/orders.xhtml");
            WebElement process = browser.waitUpTo(20).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("[id$=':process']")));
            process.click();
            WebElement noteInput = browser.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[id$=':note']")));
            noteInput.sendKeys(note);
            browser.driver().findElement(By.cssSelector("[id$=':ship']")).click();
            browser.waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".seller-order .order-status"), "Dikirim"));
            browser.screenshot("order-seller-shipped-" + seller.kecamatanId());
        }
    }
}
