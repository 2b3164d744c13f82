package id.umkm.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.testsupport.PortalIT;
import id.umkm.portal.testsupport.PortalClient;
import id.umkm.portal.testsupport.TestDatabase;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The platform under the portal: schema on a fresh database, reference data, health, headers, demo data. */
class PlatformIT extends PortalIT {

    @Test
    void startupMigratesTheFreshDatabaseWithFlywayOnly() {
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version IN ('1', '2')"))
                .isEqualTo(2);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0")).isZero();
        // EclipseLink generates nothing: no sequence table, no upper-case twins of our tables.
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'umkm'"
                + " AND (table_name = 'SEQUENCE' OR BINARY table_name <> LOWER(table_name))")).isZero();
    }

    @Test
    void referenceDataHoldsTheCitysAreasAndCategoriesWithKbli() {
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM kecamatan")).isEqualTo(6);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM kelurahan")).isEqualTo(34);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM business_category")).isEqualTo(38);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM business_category c WHERE NOT EXISTS"
                + " (SELECT 1 FROM business_category_kbli k WHERE k.category_id = c.id)")).isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM business_category_kbli WHERE kbli NOT REGEXP '^[0-9]{5}$'"))
                .isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM kelurahan l JOIN kecamatan k ON k.id = l.kecamatan_id"
                + " WHERE k.name = 'Balikpapan Kota'")).isEqualTo(5);
    }

    @Test
    void readinessChecksTheDatabaseAndMetricsAreServed() {
        PortalClient client = new PortalClient(base);
        HttpResponse<String> ready = client.get("/health/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"status\":\"UP\"").contains("database");
        assertThat(client.get("/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void pagesCarrySecurityHeadersAndTheSessionCookieIsHttpOnly() {
        HttpResponse<String> home = new PortalClient(base).get("/login.xhtml");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'"));
        assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(home.headers().firstValue("Referrer-Policy")).isPresent();
        assertThat(home.headers().firstValue("X-Powered-By")).as("server and version stay private").isEmpty();
        assertThat(home.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void unknownPageGetsTheFriendlyNotFoundPage() {
        HttpResponse<String> missing = new PortalClient(base).get("/no-such-page.xhtml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("<html").doesNotContain("Exception");
    }

    @Test
    void demoDataIsLoadedOnceHoweverOftenTheRunCommandStarts() {
        TestDatabase.loadDemoData();
        long accounts = TestDatabase.count("SELECT COUNT(*) FROM account WHERE email LIKE '%@demo.umkm.id'");
        long roles = TestDatabase.count("SELECT COUNT(*) FROM account_role");

        assertThat(TestDatabase.loadDemoData()).isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM account WHERE email LIKE '%@demo.umkm.id'"))
                .isEqualTo(accounts).isEqualTo(6);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM account_role")).isEqualTo(roles);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")).isEqualTo(
                TestDatabase.count("SELECT COUNT(DISTINCT version) FROM flyway_schema_history WHERE success = 1"));
    }
}
