package id.umkm.portal.devtools.bench;

import id.umkm.portal.devtools.EmbeddedMariaDb;
import id.umkm.portal.devtools.PayaraMicroProcess;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;

/** What both benchmarks stand on: the benchmark database and Payara Micro with the WAR on it. */
final class BenchPortal {

    private BenchPortal() {
    }

    /** The database whose files stay in target/bench-db, with a production-like buffer pool (the million products fit). */
    static EmbeddedMariaDb database(Path basedir) throws Exception {
        Path dataDir = Path.of(System.getProperty("bench.data-dir", basedir.resolve("target/bench-db").toString()));
        Files.createDirectories(dataDir.getParent());
        int dbPort = Integer.getInteger("bench.db-port", 43307);
        EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir.toFile(), dbPort, "umkm", "umkm-bench", false,
                List.of("--innodb-buffer-pool-size=" + System.getProperty("bench.buffer-pool", "1536M")));
        System.out.printf("MariaDB on port %d, data in %s; %d migrations applied now%n", dbPort, dataDir, migrate(db));
        return db;
    }

    /**
     * Brings a benchmark database loaded by an older portal up to date: migrations numbered between
     * those it has (V3_1, V4_1) run out of order, and V4_1's one-name-per-seller key first needs the
     * old generator's duplicate product names told apart.
     */
    private static int migrate(EmbeddedMariaDb db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            boolean oldProducts;
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"
                    + " AND table_name = 'flyway_schema_history'")) {
                rs.next();
                oldProducts = rs.getLong(1) > 0;
            }
            if (oldProducts) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '4.1'")) {
                    rs.next();
                    oldProducts = rs.getLong(1) == 0;
                }
            }
            if (oldProducts) {
                int renamed = s.executeUpdate("UPDATE product p JOIN (SELECT seller_id, name, MIN(id) keep FROM product"
                        + " GROUP BY seller_id, name HAVING COUNT(*) > 1) d ON d.seller_id = p.seller_id AND d.name = p.name"
                        + " AND p.id <> d.keep SET p.name = LEFT(CONCAT(p.name, ' #', p.id), 150)");
                System.out.printf("Old benchmark database: %,d duplicate product names told apart for V4_1%n", renamed);
            }
        }
        return Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password()).locations("classpath:db/migration")
                .outOfOrder(true).load().migrate().migrationsExecuted;
    }

    /** Payara Micro serving the WAR on the database, ready; Ctrl-C (or kill) stops it and the database. */
    static PayaraMicroProcess start(Path basedir, EmbeddedMariaDb db, int httpPort) throws Exception {
        Path war = Path.of(System.getProperty("bench.war", System.getProperty("umkm.war", "target/umkm-portal.war")));
        Path log = basedir.resolve("target/bench-payara.log");
        PayaraMicroProcess payara = PayaraMicroProcess.start(war, basedir.resolve("payara-config"), httpPort, Map.of(
                "UMKM_DB_URL", db.jdbcUrl(),
                "UMKM_DB_USER", db.user(),
                "UMKM_DB_PASSWORD", db.password(),
                "UMKM_MAIL_HOST", "127.0.0.1",
                "UMKM_MAIL_PORT", "1",
                "UMKM_PUBLIC_BASE_URL", "http://localhost:" + httpPort), log);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                payara.close();
                db.close();
            } catch (Exception e) {
                System.err.println("Shutdown: " + e);
            }
        }));
        // On a loaded 2-core machine Payara can need close to 4 minutes before the portal answers.
        payara.awaitReady(Duration.ofMinutes(Long.getLong("bench.ready-minutes", 10)));
        System.out.println("Payara Micro ready at http://localhost:" + httpPort + "/ (log: " + log + ")");
        return payara;
    }
}
