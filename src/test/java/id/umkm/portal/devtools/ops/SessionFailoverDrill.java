package id.umkm.portal.devtools.ops;

import id.umkm.portal.devtools.PayaraMicroProcess;
import id.umkm.portal.testsupport.Browser;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Through nginx, as people do with Chromium: a buyer logs in and fills the cart, a guest fills a cart kept
 * only in the session; the instance serving both is killed (SIGKILL); both go on on the other instance
 * with the same session. Then the scheduled jobs: one instance holds all leases, the survivor takes them
 * over, and the jobs ran once per interval across the cluster, not once per instance. Writes its
 * transcript to target/cluster/failover-transcript.txt; a failed check fails the drill.
 */
final class SessionFailoverDrill {

    private static final String BUYER = "pembeli@demo.umkm.id";
    private static final String PASSWORD = "umkm-demo-2026";

    private final ClusterLauncher cluster;
    private final URL base;
    private final List<String> transcript = new ArrayList<>();
    private boolean passed = true;

    SessionFailoverDrill(ClusterLauncher cluster) throws IOException {
        this.cluster = cluster;
        this.base = new URL("http://localhost:" + cluster.httpPort + "/");
    }

    boolean run() throws Exception {
        say("Session failover drill through nginx at " + base);
        Map<String, String> products = twoProducts();
        String productA = products.keySet().stream().findFirst().orElseThrow();
        String productB = products.keySet().stream().skip(1).findFirst().orElseThrow();

        PayaraMicroProcess holder = jobsRunOnceWhileBothRun();
        String served = "127.0.0.1:" + holder.port();

        try (Browser buyer = Browser.open(); Browser guest = Browser.open()) {
            buyer.resize(Browser.DESKTOP);
            guest.resize(Browser.DESKTOP);
            // Land the buyer on the instance holding the job leases, so the kill also tests their takeover.
            int logins = 0;
            do {
                buyer.driver().manage().deleteAllCookies();
                buyer.logIn(base, BUYER, PASSWORD);
                buyer.waitUpTo(60).until(ExpectedConditions.urlContains("/account/"));
                logins++;
            } while (!upstream(buyer).equals(served) && logins < 12);
            addToCart(buyer, products.get(productA), 2);
            String buyerSession = sessionCookie(buyer);
            check(upstream(buyer).equals(served) && cartText(buyer).contains(productA), "buyer logged in and has '"
                    + productA + "' x2 in the cart, served by " + served + " (session " + abbreviate(buyerSession) + ", "
                    + logins + " logins to land on the lease holder)");

            String guestServed;
            int attempts = 0;
            do {
                guest.driver().manage().deleteAllCookies();
                addToCart(guest, products.get(productB), 1);
                guestServed = upstream(guest);
                attempts++;
            } while (!guestServed.equals(served) && attempts < 12);
            String guestSession = sessionCookie(guest);
            check(guestServed.equals(served) && cartText(guest).contains(productB), "guest has '" + productB
                    + "' in a cart kept only in the session, served by " + guestServed + " (session "
                    + abbreviate(guestSession) + ", " + attempts + " tries to land on the same instance)");

            PayaraMicroProcess victim = holder;
            victim.kill();
            say("KILLED the instance on port " + victim.port() + " (pid " + victim.pid() + ", SIGKILL)");

            long started = System.nanoTime();
            buyer.open(base, "/account/");
            boolean stillLoggedIn = buyer.driver().getCurrentUrl().contains("/account/");
            String buyerNow = upstream(buyer);
            check(stillLoggedIn && !buyerNow.equals(served), "buyer still logged in after the kill, now served by "
                    + buyerNow + " (first page in " + (System.nanoTime() - started) / 1_000_000 + " ms)");
            buyer.open(base, "/cart.xhtml");
            check(cartText(buyer).contains(productA) && buyerSession.equals(sessionCookie(buyer)),
                    "buyer's cart still holds '" + productA + "', same session id");
            buyer.driver().findElement(By.id("cart:to-checkout")).click();
            buyer.waitUpTo(60).until(ExpectedConditions.urlContains("/checkout.xhtml"));
            check(buyer.driver().findElement(By.id("checkout:place")).isDisplayed(), "buyer continues to checkout on "
                    + upstream(buyer));

            guest.open(base, "/cart.xhtml");
            check(cartText(guest).contains(productB) && guestSession.equals(sessionCookie(guest)),
                    "guest's session-only cart survived the kill: '" + productB + "', same session id, served by "
                    + upstream(guest));
            survivorTakesTheJobsOver();
        }
        say(passed ? "DRILL PASSED" : "DRILL FAILED");
        Path file = cluster.work.resolve("failover-transcript.txt");
        Files.write(file, transcript);
        System.out.println("Transcript: " + file);
        return passed;
    }

    /**
     * With both instances alive, each job's lease has one holder and the order job runs once per interval
     * (two instances each running it would double the count). Leases are taken job by job, so the two
     * instances may share them out; returns the holder of the order job's lease.
     */
    private PayaraMicroProcess jobsRunOnceWhileBothRun() throws Exception {
        long interval = java.time.Duration.parse(cluster.jobsInterval).toMillis();
        long before = firstClaims("order");
        Thread.sleep(6 * interval);
        long runs = claims("order") - before;
        Map<String, String> holders = leaseHolders();
        say("job leases while both instances run: " + holders);
        check(holders.size() == 5 && holders.values().stream().allMatch(h -> cluster.instances.stream()
                .anyMatch(i -> h.startsWith(i.pid() + "@"))), "every job lease is held by a running instance");
        check(runs >= 4 && runs <= 7, "with both instances up the order job ran " + runs + " times in 6 intervals of "
                + cluster.jobsInterval + " (once per interval across the cluster, not once per instance)");
        String pid = holders.get("order").split("@")[0];
        return cluster.instances.stream().filter(i -> String.valueOf(i.pid()).equals(pid)).findFirst().orElseThrow();
    }

    /** The holder was killed: within two intervals the survivor holds every lease and the jobs go on. */
    private void survivorTakesTheJobsOver() throws Exception {
        long interval = java.time.Duration.parse(cluster.jobsInterval).toMillis();
        long deadline = System.currentTimeMillis() + 3 * interval + 5000;
        String survivor = cluster.instances.stream().filter(PayaraMicroProcess::isAlive).findFirst().orElseThrow().pid() + "@";
        while (System.currentTimeMillis() < deadline
                && !leaseHolders().values().stream().allMatch(h -> h.startsWith(survivor))) {
            Thread.sleep(1000);
        }
        Map<String, String> after = leaseHolders();
        check(after.values().stream().allMatch(h -> h.startsWith(survivor)), "the survivor (pid "
                + survivor.replace("@", "") + ") took every lease over: " + after);
        long before = claims("order");
        Thread.sleep(3 * interval);
        long runs = claims("order") - before;
        check(runs >= 2 && runs <= 4, "order job ran " + runs + " times in the next 3 intervals on the survivor");
    }

    private void addToCart(Browser browser, String path, int quantity) {
        browser.open(base, path);
        WebElement amount = browser.waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("add-quantity")));
        amount.clear();
        amount.sendKeys(String.valueOf(quantity));
        browser.driver().findElement(By.id("add-to-cart-button")).click();
        browser.waitUpTo(60).until(ExpectedConditions.urlContains("/cart.xhtml"));
    }

    private static String cartText(Browser browser) {
        return browser.waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.id("cart"))).getText();
    }

    /** The instance nginx sends this browser's session to (nginx's X-Upstream header on a same-cookie request). */
    private static String upstream(Browser browser) {
        Object header = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch('/health/live', {credentials: 'same-origin'}).then(r => done(r.headers.get('X-Upstream')))"
                        + ".catch(e => done('error ' + e));");
        String all = String.valueOf(header);
        // After a failed attempt nginx lists every upstream tried: the last one answered.
        return all.substring(all.lastIndexOf(' ') + 1);
    }

    private static String sessionCookie(Browser browser) {
        Cookie cookie = browser.driver().manage().getCookieNamed("JSESSIONID");
        return cookie == null ? "none" : cookie.getValue();
    }

    private Map<String, String> twoProducts() throws SQLException {
        Map<String, String> products = new LinkedHashMap<>();
        try (Connection c = cluster.db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT p.id, p.slug, p.name FROM product p WHERE p.visible AND p.stock >= 5"
                     + " AND NOT p.has_variants ORDER BY p.id LIMIT 2")) {
            while (rs.next()) {
                products.put(rs.getString(3), "/p/" + rs.getLong(1) + "-" + rs.getString(2));
            }
        }
        return products;
    }

    private Map<String, String> leaseHolders() throws SQLException {
        Map<String, String> holders = new LinkedHashMap<>();
        try (Connection c = cluster.db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, holder FROM job_lease WHERE name IN"
                     + " ('order','payment','training','oss','licensing') ORDER BY name")) {
            while (rs.next()) {
                holders.put(rs.getString(1), rs.getString(2));
            }
        }
        return holders;
    }

    /** The job's claims so far, or -1 while no instance has claimed it yet (its lease row does not exist). */
    private long claims(String job) throws SQLException {
        try (Connection c = cluster.db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT claims FROM job_lease WHERE name = '" + job + "'")) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    /** Waits for the job's first claim: an instance reports ready before its jobs' first round. */
    private long firstClaims(String job) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        long claims = claims(job);
        while (claims < 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            claims = claims(job);
        }
        if (claims < 0) {
            throw new IllegalStateException("No instance claimed the " + job + " job within 2 minutes of being ready");
        }
        return claims;
    }

    private void check(boolean ok, String what) {
        passed &= ok;
        say((ok ? "OK   " : "FAIL ") + what);
    }

    private void say(String line) {
        String stamped = Instant.now() + "  " + line;
        transcript.add(stamped);
        System.out.println(stamped);
    }

    private static String abbreviate(String session) {
        return session.length() > 10 ? session.substring(0, 10) + "…" : session;
    }
}
