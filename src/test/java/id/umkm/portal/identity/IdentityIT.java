package id.umkm.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.identity.domain.SecretToken;
import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.Accounts;
import id.umkm.portal.testsupport.Mailbox;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts as people and machine clients meet them: registration, mail link, login, throttling, roles, tokens. */
class IdentityIT extends PortalIT {

    private static final String DEMO_PASSWORD = "umkm-demo-2026";
    private static final String PASSWORD = Accounts.PASSWORD;

    @BeforeEach
    void demoAccounts() {
        TestDatabase.loadDemoData();
    }

    @Test
    void registrationThenEmailLinkThenTokenLoginThenLogoutRevokesTheToken() {
        String email = Accounts.uniqueEmail("penjual");
        PortalClient client = new PortalClient(base);

        HttpResponse<String> registered = client.postJson("/api/v1/accounts", Accounts.registrationJson("Siti Aminah", email, PASSWORD, "SELLER"));
        assertThat(registered.statusCode()).isEqualTo(201);
        assertThat(PortalClient.json(registered).getString("status")).isEqualTo("PENDING_VERIFICATION");
        assertThat(TestDatabase.string("SELECT password_hash FROM account WHERE email = ?", email))
                .startsWith("PBKDF2WithHmacSHA512:210000:").doesNotContain(PASSWORD);

        // Not verified yet: no login.
        assertThat(client.postJson("/api/v1/auth/login", PortalClient.credentials(email, PASSWORD)).statusCode()).isEqualTo(403);

        MimeMessage mail = Mailbox.await(email, "", Duration.ofSeconds(20));
        String link = Mailbox.link(mail);
        assertThat(link).contains("/verify-email.xhtml?token=");
        String token = Accounts.tokenOf(link);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM one_time_token WHERE token_hash = ?", token)).isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM one_time_token WHERE token_hash = ?", SecretToken.hashOf(token)))
                .as("only the token's hash is stored").isEqualTo(1);

        assertThat(client.postJson("/api/v1/accounts/verification", Accounts.tokenJson(token)).statusCode()).isEqualTo(204);
        assertThat(client.postJson("/api/v1/accounts/verification", Accounts.tokenJson(token)).statusCode())
                .as("a verification link works once").isEqualTo(400);

        String apiToken = client.login(email, PASSWORD);
        JsonObject me = PortalClient.json(client.get("/api/v1/auth/me"));
        assertThat(me.getString("email")).isEqualTo(email);
        assertThat(me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("SELLER", "BUYER");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", apiToken)).isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM api_token WHERE token_hash = ?", SecretToken.hashOf(apiToken))).isEqualTo(1);

        assertThat(client.postJson("/api/v1/auth/logout", "{}").statusCode()).isEqualTo(204);
        HttpResponse<String> afterLogout = client.get("/api/v1/auth/me");
        assertThat(afterLogout.statusCode()).isEqualTo(401);
        assertThat(afterLogout.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE actor = ? AND action = 'LOGIN'", email)).isEqualTo(1);
    }

    @Test
    void badRegistrationsGetClearMessagesAndSaveNothing() {
        PortalClient client = new PortalClient(base);
        String email = Accounts.uniqueEmail("lemah");

        HttpResponse<String> weak = client.postJson("/api/v1/accounts", Accounts.registrationJson("Andi", email, "12345", "BUYER"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("password");
        HttpResponse<String> staffRole = client.postJson("/api/v1/accounts", Accounts.registrationJson("Andi", email, PASSWORD, "ADMIN"));
        assertThat(staffRole.statusCode()).isEqualTo(400);
        HttpResponse<String> badEmail = client.postJson("/api/v1/accounts", Accounts.registrationJson("Andi", "bukan-email", PASSWORD, "BUYER"));
        assertThat(badEmail.statusCode()).isEqualTo(400);
        assertThat(badEmail.body()).contains("email");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM account WHERE email = ?", email)).isZero();

        assertThat(client.postJson("/api/v1/accounts", Accounts.registrationJson("Andi", email, PASSWORD, "BUYER")).statusCode()).isEqualTo(201);
        HttpResponse<String> again = client.postJson("/api/v1/accounts", Accounts.registrationJson("Andi Lagi", email.toUpperCase(), PASSWORD, "BUYER"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM account WHERE LOWER(email) = LOWER(?)", email)).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String email = verifiedAccount("Rudi Hartono");
        PortalClient client = new PortalClient(base);
        for (int i = 0; i < 5; i++) {
            assertThat(client.postJson("/api/v1/auth/login", PortalClient.credentials(email, "salah-" + i)).statusCode())
                    .isIn(401, 429);
        }
        HttpResponse<String> locked = client.postJson("/api/v1/auth/login", PortalClient.credentials(email, PASSWORD));
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE actor = ? AND action = 'LOGIN_FAILED'", email)).isEqualTo(5);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE actor = ? AND action = 'ACCOUNT_LOCKED'", email)).isEqualTo(1);

        // When the lock has run out, the right password works again and the count starts afresh.
        TestDatabase.update("UPDATE account SET locked_until = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE email = ?", email);
        assertThat(client.postJson("/api/v1/auth/login", PortalClient.credentials(email, PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(TestDatabase.count("SELECT failed_logins FROM account WHERE email = ?", email)).isZero();
    }

    @Test
    void concurrentWrongPasswordsAreAllCountedAndLockOnce() throws Exception {
        String email = verifiedAccount("Yusuf Serentak");
        PortalClient client = new PortalClient(base);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> client.postJson("/api/v1/auth/login", PortalClient.credentials(email, "tebak-tebak")).statusCode());
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(attempts)) {
                codes.add(f.get());
            }
            assertThat(codes).containsOnly(401, 429);
        } finally {
            pool.shutdown();
        }
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM audit_log WHERE actor = ? AND action = 'ACCOUNT_LOCKED'", email)).isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM account WHERE email = ? AND locked_until > UTC_TIMESTAMP(6)", email)).isEqualTo(1);
        assertThat(client.postJson("/api/v1/auth/login", PortalClient.credentials(email, PASSWORD)).statusCode()).isEqualTo(429);
    }

    @Test
    void eachRoleReachesItsOwnAreaAndGets403InTheOthers() {
        Map<String, String> areaOf = Map.of(
                "admin@demo.umkm.id", "/admin/index.xhtml",
                "staf@demo.umkm.id", "/staff/index.xhtml",
                "perizinan@demo.umkm.id", "/licensing/index.xhtml",
                "kasir@demo.umkm.id", "/outlet/index.xhtml",
                "penjual@demo.umkm.id", "/seller/index.xhtml",
                "pembeli@demo.umkm.id", "/account/index.xhtml");
        List<String> roleAreas = List.of("/admin/index.xhtml", "/staff/index.xhtml", "/licensing/index.xhtml",
                "/outlet/index.xhtml", "/seller/index.xhtml");
        areaOf.forEach((email, own) -> {
            PortalClient client = new PortalClient(base);
            client.login(email, DEMO_PASSWORD);
            assertThat(client.get(own).statusCode()).as(email + " at " + own).isEqualTo(200);
            assertThat(client.get("/account/index.xhtml").statusCode()).as(email + " at own account page").isEqualTo(200);
            roleAreas.stream().filter(area -> !area.equals(own)).forEach(area ->
                    assertThat(client.get(area).statusCode()).as(email + " at " + area).isEqualTo(403));
        });
        PortalClient anonymous = new PortalClient(base);
        HttpResponse<String> toLogin = anonymous.get("/admin/accounts.xhtml");
        assertThat(toLogin.statusCode()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml?next="));
        assertThat(anonymous.get("/api/v1/auth/me").statusCode()).isEqualTo(401);
    }

    @Test
    void aForgedOrExpiredTokenIsRefused() {
        PortalClient client = new PortalClient(base).withBearer("not-a-real-token");
        assertThat(client.get("/api/v1/auth/me").statusCode()).isEqualTo(401);

        PortalClient buyer = new PortalClient(base);
        String token = buyer.login("pembeli@demo.umkm.id", DEMO_PASSWORD);
        TestDatabase.update("UPDATE api_token SET expires_at = UTC_TIMESTAMP(6) - INTERVAL 1 SECOND WHERE revoked_at IS NULL"
                + " AND account_id = (SELECT id FROM account WHERE email = 'pembeli@demo.umkm.id')");
        assertThat(new PortalClient(base).withBearer(token).get("/api/v1/auth/me").statusCode()).isEqualTo(401);
    }

    /**
     * Role-guarded API methods answer the same way whatever else the server is doing: 401 with a
     * Problem body to anonymous and forged-token callers, 403 to a caller without the role. A
     * regression guard: two authorization filters once raced and anonymous callers got 500s.
     */
    @Test
    void apiAccessRulesHoldUnderConcurrentCallers() throws Exception {
        String buyerToken = new PortalClient(base).login("pembeli@demo.umkm.id", DEMO_PASSWORD);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 90; i++) {
                int caller = i % 3;
                answers.add(pool.submit(() -> {
                    PortalClient client = new PortalClient(base);
                    if (caller == 1) {
                        client.withBearer(buyerToken);
                    } else if (caller == 2) {
                        client.withBearer("forged-token");
                    }
                    HttpResponse<String> answer = caller == 0 ? client.get("/api/v1/seller/products")
                            : client.postJson("/api/v1/staff/sellers/1/decision", "{\"decision\":\"SUSPEND\"}");
                    boolean problem = answer.headers().firstValue("Content-Type").orElse("").contains("problem+json");
                    return List.of("anonymous", "buyer", "forged").get(caller) + " " + answer.statusCode() + " " + problem;
                }));
            }
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isIn("anonymous 401 true", "buyer 403 true", "forged 401 true");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String verifiedAccount(String name) {
        return Accounts.createVerified(base, name, "BUYER");
    }
}
