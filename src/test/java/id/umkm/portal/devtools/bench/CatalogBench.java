package id.umkm.portal.devtools.bench;

import id.umkm.portal.devtools.EmbeddedMariaDb;
import id.umkm.portal.devtools.PayaraMicroProcess;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;

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
        try (EmbeddedMariaDb db = BenchPortal.database(basedir)) {
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
        try (PayaraMicroProcess payara = BenchPortal.start(basedir, db, httpPort)) {
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
