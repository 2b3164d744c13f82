package id.umkm.portal.payment;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.Browser;
import id.umkm.portal.testsupport.ExternalSystems;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The payer on the simulator's pay page, staff running payouts, a seller reading the balance: phone and desktop. */
class PaymentBrowserIT extends PortalIT {

    private static final String DEMO_PASSWORD = "umkm-demo-2026";
    private static final String BASIC = "Basic " + Base64.getEncoder()
            .encodeToString("test-server-key:".getBytes(StandardCharsets.UTF_8));

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
        ExternalSystems.gatewayFallsBackToSimulator(base);
    }

    @AfterEach
    void resetGateway() {
        ExternalSystems.reset(ExternalSystems.gateway());
    }

    @Test
    void thePayerPaysOnTheSimulatorPageAndThePortalHearsOfItOverHttp() {
        String reference = "BR-" + UUID.randomUUID().toString().substring(0, 12);
        openCharge(reference, 87_500);

        browser.resize(Browser.PHONE);
        browser.open(base, "/simulator/pay.xhtml?order_id=" + reference);
        assertThat(browser.driver().findElement(By.id("pay:amount")).getText()).isEqualTo("Rp 87.500");
        assertThat(browser.driver().findElement(By.id("pay:order")).getText()).isEqualTo(reference);
        assertThat(browser.driver().findElement(By.id("qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        assertThat(browser.scrollsSideways()).as("pay page at 360 px").isFalse();
        browser.screenshot("simulator-pay-phone");

        browser.driver().findElement(By.id("pay:pay-button")).click();
        browser.waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "HTTP 200"));
        assertThat(browser.driver().findElement(By.id("pay:status")).getText()).isEqualTo("Lunas");
        assertThat(browser.driver().findElements(By.id("pay:pay-button"))).isEmpty();
        browser.screenshot("simulator-paid-phone");
        assertThat(TestDatabase.string("SELECT state FROM payment WHERE reference = ?", reference)).isEqualTo("PAID");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM ledger_journal WHERE kind = 'PAYMENT_RECEIVED' AND source_reference = ?",
                reference)).isEqualTo(1);

        String declined = "BR-" + UUID.randomUUID().toString().substring(0, 12);
        openCharge(declined, 12_000);
        browser.resize(Browser.DESKTOP);
        browser.open(base, "/simulator/pay.xhtml?order_id=" + declined);
        browser.screenshot("simulator-pay-desktop");
        browser.driver().findElement(By.id("pay:decline-button")).click();
        browser.waitUpTo(20).until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "HTTP 200"));
        assertThat(TestDatabase.string("SELECT state FROM payment WHERE reference = ?", declined)).isEqualTo("DENIED");
    }

    @Test
    void staffRunAPayoutBatchAndTheSellerSeesTheBalanceAndThePayout() {
        long amplang = TestDatabase.count("SELECT id FROM seller WHERE slug = 'amplang-hasanah'");
        String order = completedOrder(amplang, 64_500, 194);
        String someoneElses = completedOrder(TestDatabase.count("SELECT id FROM seller WHERE slug = 'kopi-lada-kariangau'"), 51_000, 153);

        browser.resize(Browser.DESKTOP);
        browser.logIn(base, "penjual@demo.umkm.id", DEMO_PASSWORD);
        browser.waitUpTo(10).until(ExpectedConditions.urlContains("/seller/"));
        browser.open(base, "/seller/balance.xhtml");
        assertThat(browser.driver().findElement(By.id("entries")).getText()).contains(order).contains("Pesanan selesai")
                .contains("+Rp 64.306").contains("Rp 194").doesNotContain(someoneElses);
        browser.screenshot("seller-balance-desktop");
        browser.resize(Browser.PHONE);
        browser.open(base, "/seller/balance.xhtml");
        assertThat(browser.scrollsSideways()).as("balance at 360 px").isFalse();
        browser.screenshot("seller-balance-phone");
        logOut();

        browser.resize(Browser.DESKTOP);
        browser.logIn(base, "staf@demo.umkm.id", DEMO_PASSWORD);
        browser.waitUpTo(10).until(ExpectedConditions.urlContains("/staff/"));
        browser.open(base, "/staff/index.xhtml");
        browser.driver().findElement(By.id("open-payouts")).click();
        browser.waitUpTo(10).until(ExpectedConditions.urlContains("/staff/payouts"));
        browser.driver().findElement(By.id("payouts:run")).click();
        browser.waitUpTo(10).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        browser.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("payouts:line-table")));
        assertThat(browser.driver().findElement(By.id("payouts:line-table")).getText()).contains("Amplang Hasanah")
                .contains("Bank Kaltimtara").contains("0011223344");
        browser.screenshot("staff-payouts-desktop");
        browser.resize(Browser.PHONE);
        assertThat(browser.scrollsSideways()).as("payouts at 360 px").isFalse();
        browser.screenshot("staff-payouts-phone");
        assertThat(TestDatabase.count("SELECT COALESCE(SUM(credit_rupiah - debit_rupiah), 0) FROM ledger_line"
                + " WHERE account_code = '2200' AND seller_id = ?", amplang)).isZero();
        logOut();

        browser.logIn(base, "penjual@demo.umkm.id", DEMO_PASSWORD);
        browser.waitUpTo(10).until(ExpectedConditions.urlContains("/seller/"));
        browser.open(base, "/seller/balance.xhtml");
        assertThat(browser.driver().findElement(By.id("balance")).getText()).isEqualTo("Rp 0");
        assertThat(browser.driver().findElement(By.id("payouts")).getText()).contains("Menunggu transfer").contains("0011223344");
        browser.screenshot("seller-balance-paid-out-phone");
        logOut();
    }

    private void logOut() {
        browser.driver().manage().deleteAllCookies();
    }

    /** A charge opened at the simulated gateway with the portal's webhook, and recorded by the portal as PaymentDesk does. */
    private void openCharge(String reference, long amount) {
        String body = Json.createObjectBuilder().add("payment_type", "qris")
                .add("transaction_details", Json.createObjectBuilder().add("order_id", reference).add("gross_amount", amount))
                .add("qris", Json.createObjectBuilder().add("acquirer", "gopay")).build().toString();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + ExternalSystems.gateway().port() + "/v2/charge"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", BASIC).header("Content-Type", "application/json")
                    .header("X-Override-Notification", "http://localhost:" + base.getPort() + "/api/v1/payments/notifications")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            JsonObject charge = Json.createReader(new StringReader(answer.body())).readObject();
            TestDatabase.update("INSERT INTO payment (reference, amount_rupiah, description, qr_string, expires_at, state,"
                            + " gateway_transaction_id, created_at) VALUES (?, ?, 'browser', ?, UTC_TIMESTAMP(6) + INTERVAL 15 MINUTE,"
                            + " 'PENDING', ?, UTC_TIMESTAMP(6))",
                    reference, amount, charge.getString("qr_string"), charge.getString("transaction_id"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String completedOrder(long sellerId, long amount, long fee) {
        String order = "ORD-BR-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TestDatabase.update("INSERT INTO ledger_journal (kind, source_reference, payment_reference, order_number, memo, posted_at)"
                + " VALUES ('RELEASE', ?, 'CO-BR', ?, 'browser', UTC_TIMESTAMP(6))", order, order);
        long journal = TestDatabase.count("SELECT id FROM ledger_journal WHERE kind = 'RELEASE' AND source_reference = ?", order);
        TestDatabase.update("INSERT INTO ledger_line (journal_id, account_code, seller_id, debit_rupiah, credit_rupiah)"
                + " VALUES (?, '2100', NULL, ?, 0), (?, '2200', ?, 0, ?), (?, '4100', ?, 0, ?)",
                journal, amount, journal, sellerId, amount - fee, journal, sellerId, fee);
        return order;
    }
}
