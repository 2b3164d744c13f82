package id.umkm.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.Accounts;
import id.umkm.portal.testsupport.Browser;
import id.umkm.portal.testsupport.Mailbox;
import id.umkm.portal.testsupport.TestDatabase;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The portal's frame in a real browser: home page, each demo role's login and landing page, on desktop and phone. */
class PortalBrowserIT extends PortalIT {

    private static final String DEMO_PASSWORD = "umkm-demo-2026";
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

    @Test
    void homePageExplainsThePortalOnDesktopAndPhone() {
        for (Map.Entry<String, Dimension> screen : screens().entrySet()) {
            browser.resize(screen.getValue());
            open("/");
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
            assertThat(browser.scrollsSideways()).as("sideways scrolling on " + screen.getKey()).isFalse();
            browser.screenshot("home-" + screen.getKey());
        }
        browser.resize(Browser.PHONE);
        open("/");
        browser.driver().findElement(By.id("menu-toggle")).click();
        browser.waitUpTo(5).until(ExpectedConditions.visibilityOfElementLocated(By.id("mobile-menu")));
        browser.screenshot("home-phone-menu");
    }

    @Test
    void languageSwitchShowsThePortalInEnglish() {
        browser.resize(Browser.DESKTOP);
        open("/");
        browser.driver().findElement(By.id("lang-en")).click();
        browser.waitUpTo(10).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        browser.screenshot("home-desktop-en");
        browser.driver().findElement(By.id("lang-id")).click();
        browser.waitUpTo(10).until(d -> "id".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
    }

    @Test
    void eachDemoRoleLogsInAndLandsOnItsOwnPage() {
        TestDatabase.loadDemoData();
        Map<String, String> landing = new LinkedHashMap<>();
        landing.put("admin@demo.umkm.id", "/admin/");
        landing.put("staf@demo.umkm.id", "/staff/");
        landing.put("perizinan@demo.umkm.id", "/licensing/");
        landing.put("kasir@demo.umkm.id", "/outlet/");
        landing.put("penjual@demo.umkm.id", "/seller/");
        landing.put("pembeli@demo.umkm.id", "/account/");
        landing.forEach((email, path) -> {
            String role = path.replace("/", "");
            for (Map.Entry<String, Dimension> screen : screens().entrySet()) {
                browser.resize(screen.getValue());
                logIn(email, DEMO_PASSWORD);
                browser.waitUpTo(20).until(ExpectedConditions.urlContains(path));
                assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isNotBlank();
                assertThat(browser.scrollsSideways()).as(role + " on " + screen.getKey()).isFalse();
                browser.screenshot("landing-" + role + "-" + screen.getKey());
                logOut();
            }
        });
    }

    @Test
    void wrongPasswordShowsAClearMessageOnTheLoginPage() {
        TestDatabase.loadDemoData();
        browser.resize(Browser.PHONE);
        logIn("pembeli@demo.umkm.id", "bukan-sandinya");
        WebElement message = browser.waitUpTo(10).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error, .ui-message-error")));
        assertThat(message.getText()).isNotBlank();
        browser.screenshot("login-wrong-password-phone");
        // Leave the demo buyer usable for the other tests.
        TestDatabase.update("UPDATE account SET failed_logins = 0, locked_until = NULL WHERE email = 'pembeli@demo.umkm.id'");
    }

    @Test
    void newSellerRegistersConfirmsByMailAndLogsIn() {
        String email = "ibu-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        browser.resize(Browser.PHONE);
        // The home page's "sell here" button opens the form with the seller role chosen.
        open("/register.xhtml?role=SELLER");
        browser.driver().findElement(By.id("register:fullName")).sendKeys("Ibu Mariyam");
        browser.driver().findElement(By.id("register:email")).sendKeys(email);
        browser.driver().findElement(By.cssSelector("[id='register:password'] input, input[id^='register:password']"))
                .sendKeys("Keripik-Pisang-2026");
        assertThat(browser.driver().findElement(By.cssSelector("input[name='register:role'][value='SELLER']")).isSelected())
                .isTrue();
        browser.screenshot("register-phone");
        browser.driver().findElement(By.id("register:submit")).click();
        browser.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
        browser.screenshot("register-done-phone");

        String link = Mailbox.link(Mailbox.await(email, "", Duration.ofSeconds(20)));
        browser.driver().get(link);
        browser.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
        browser.screenshot("verify-email-phone");

        logIn(email, "Keripik-Pisang-2026");
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("/seller/"));
        logOut();
    }

    @Test
    void forgottenPasswordIsResetThroughTheMailedLink() {
        String email = Accounts.createVerified(base, "Lupa Sandi", "BUYER");
        browser.resize(Browser.PHONE);
        open("/forgot-password.xhtml");
        browser.driver().findElement(By.id("forgot:email")).sendKeys(email);
        browser.driver().findElement(By.id("forgot:submit")).click();
        browser.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("forgot-sent")));
        browser.screenshot("forgot-password-sent-phone");

        browser.driver().get(Mailbox.awaitLink(email, "/reset-password.xhtml", Duration.ofSeconds(20))
                .replaceFirst("^https?://[^/]+", "http://localhost:" + base.getPort()));
        WebElement newPassword = browser.driver().findElement(By.cssSelector("input[id^='reset:password']"));
        newPassword.sendKeys("Lempok-Durian-2026");
        browser.screenshot("reset-password-phone");
        // Enter, as on a phone keyboard: the strength meter's panel may cover the button on a small screen.
        newPassword.sendKeys(Keys.ENTER);
        browser.waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("reset-done")));

        logIn(email, Accounts.PASSWORD);
        browser.waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
        logIn(email, "Lempok-Durian-2026");
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("/account/"));
        logOut();
    }

    @Test
    void adminGrantsARoleOnTheAccountsPage() {
        TestDatabase.loadDemoData();
        String email = Accounts.createVerified(base, "Calon Kasir", "BUYER");
        browser.resize(Browser.DESKTOP);
        logIn("admin@demo.umkm.id", DEMO_PASSWORD);
        browser.waitUpTo(20).until(ExpectedConditions.urlContains("/admin/"));
        open("/admin/accounts.xhtml");
        browser.driver().findElement(By.id("accounts:search")).sendKeys(email);
        browser.driver().findElement(By.id("accounts:find")).click();
        browser.waitUpTo(10).until(d -> d.findElements(By.cssSelector("[id$=':edit']")).size() == 1
                && d.findElement(By.id("accounts:table")).getText().contains(email));
        browser.screenshot("admin-accounts-desktop");
        browser.driver().findElement(By.cssSelector("[id$=':edit']")).click();
        browser.waitUpTo(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("rolesDialog")));
        String cashier = browser.driver().findElement(By.cssSelector("input[name='rolesForm:roles'][value='OUTLET_CASHIER']"))
                .getAttribute("id");
        browser.driver().findElement(By.cssSelector("label[for='" + cashier + "']")).click();
        browser.screenshot("admin-roles-dialog-desktop");
        browser.driver().findElement(By.id("rolesForm:save")).click();
        browser.waitUpTo(10).until(d -> TestDatabase.count("SELECT COUNT(*) FROM account_role r JOIN account a"
                + " ON a.id = r.account_id WHERE a.email = ? AND r.role = 'OUTLET_CASHIER'", email) == 1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE action = 'ROLE_GRANTED' AND detail = 'OUTLET_CASHIER'"
                + " AND actor = 'admin@demo.umkm.id' AND target_id = (SELECT id FROM account WHERE email = ?)", email)).isEqualTo(1);
        browser.resize(Browser.PHONE);
        browser.driver().navigate().refresh();
        assertThat(browser.scrollsSideways()).as("accounts page on a phone").isFalse();
        browser.screenshot("admin-accounts-phone");
        logOut();
    }

    private void logIn(String email, String password) {
        open("/login.xhtml");
        browser.driver().findElement(By.id("login:email")).sendKeys(email);
        browser.driver().findElement(By.cssSelector("input[id^='login:password']")).sendKeys(password);
        browser.driver().findElement(By.id("login:submit")).click();
    }

    private void logOut() {
        browser.driver().manage().deleteAllCookies();
    }

    private void open(String path) {
        // Arquillian reports the machine's address; the browser reaches the same server on loopback.
        browser.driver().get("http://localhost:" + base.getPort() + path);
    }

    private static Map<String, Dimension> screens() {
        Map<String, Dimension> screens = new LinkedHashMap<>();
        screens.put("desktop", Browser.DESKTOP);
        screens.put("phone", Browser.PHONE);
        return screens;
    }
}
