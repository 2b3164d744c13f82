package id.umkm.portal.devtools.bench;

import id.umkm.portal.devtools.EmbeddedMariaDb;
import id.umkm.portal.devtools.Migrations;
import id.umkm.portal.devtools.PayaraMicroProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The benchmark command ({@code ./mvnw -Pbench package}): a MariaDB whose files stay in target/bench-db
 * (so the city is loaded once), the synthetic city ({@link CityDataGenerator}), Payara Micro with the
 * WAR, a warm-up, then timed runs of concurrent catalogue API searches, catalogue pages and a static
 * file, each printed as p50/p95/p99 latency and throughput.
 *
 * <p>{@code -Dbench.mode=generate} only loads the data, {@code -Dbench.mode=serve} loads it and keeps the
 * portal running on it for a look by hand (Ctrl-C stops); with {@code -Dbench.jdbc-url} (and
 * {@code bench.db-user}, {@code bench.db-password}) it loads into an already running database, such as
 * the demo's, instead of starting one. {@code -Dbench.mode=dashboard} runs the dashboard benchmark
 * ({@link DashboardBench}) on the same city instead.
 */
public final class CatalogBench {

    private CatalogBench() {
    }

    public static void main(String[] args) throws Exception {
        Path basedir = Path.of(System.getProperty("umkm.basedir", "."));
        long products = Long.getLong("bench.products", 1_000_000L);
        String mode = System.getProperty("bench.mode", "run");
        String externalUrl = System.getProperty("bench.jdbc-url", "");
        if ("dashboard".equals(mode)) {
            DashboardBench.run(basedir, products);
            return;
        }
        if (!externalUrl.isEmpty()) {
            try (Connection c = DriverManager.getConnection(externalUrl, System.getProperty("bench.db-user", "umkm"),
                    System.getProperty("bench.db-password", ""))) {
                new CityDataGenerator(c).generate(products);
            }
            return;
        }
        Path dataDir = Path.of(System.getProperty("bench.data-dir", basedir.resolve("target/bench-db").toString()));
        Files.createDirectories(dataDir.getParent());
        int dbPort = Integer.getInteger("bench.db-port", 43307);
        // A production-like buffer pool: the million products and their indexes fit in memory.
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDir.toFile(), dbPort, "umkm", "umkm-bench", false,
                List.of("--innodb-buffer-pool-size=" + System.getProperty("bench.buffer-pool", "1536M")))) {
            System.out.printf("MariaDB on port %d, data in %s; %d migrations applied now%n", dbPort, dataDir,
                    Migrations.applySchema(db));
            try (Connection c = db.connect()) {
                new CityDataGenerator(c).generate(products);
                c.setAutoCommit(true);
                try (var s = c.createStatement()) {
                    s.execute("ANALYZE TABLE product, seller");
                }
            }
            if (!"generate".equals(mode)) {
                run(basedir, db, "serve".equals(mode));
            }
        }
    }

    private static void run(Path basedir, EmbeddedMariaDb db, boolean serveOnly) throws Exception {
        int httpPort = Integer.getInteger("bench.http-port", 43080);
        Path war = Path.of(System.getProperty("umkm.war", "target/umkm-portal.war"));
        Path log = basedir.resolve("target/bench-payara.log");
        try (PayaraMicroProcess payara = PayaraMicroProcess.start(war, basedir.resolve("payara-config"), httpPort, Map.of(
                "UMKM_DB_URL", db.jdbcUrl(),
                "UMKM_DB_USER", db.user(),
                "UMKM_DB_PASSWORD", db.password(),
                "UMKM_MAIL_HOST", "127.0.0.1",
                "UMKM_MAIL_PORT", "1",
                "UMKM_PUBLIC_BASE_URL", "http://localhost:" + httpPort), log)) {
            // Ctrl-C (or kill) must not leave Payara Micro running without its database.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    payara.close();
                    db.close();
                } catch (Exception e) {
                    System.err.println("Shutdown: " + e);
                }
            }));
            payara.awaitReady(Duration.ofMinutes(5));
            System.out.println("Payara Micro ready at http://localhost:" + httpPort + "/katalog (log: " + log + ")");
            if (serveOnly) {
                payara.waitFor();
                return;
            }
            try (Connection c = db.connect()) {
                new BenchLoad(httpPort, BenchRequests.load(c)).runAll(
                        Integer.getInteger("bench.clients", 16),
                        Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 30)),
                        Duration.ofSeconds(Long.getLong("bench.seconds", 60)));
            }
        }
    }
}
