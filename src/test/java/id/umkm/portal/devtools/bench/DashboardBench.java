package id.umkm.portal.devtools.bench;

import id.umkm.portal.devtools.EmbeddedMariaDb;
import id.umkm.portal.devtools.PayaraMicroProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard benchmark ({@code ./mvnw -Pbench package -Dbench.mode=dashboard}): the catalogue
 * benchmark's city plus two years of orders, training and permits ({@link ActivityGenerator}), then
 * Payara Micro, one timed refresh of the summary table, and concurrent clients on the staff dashboard
 * page, the public indicator page and the open data API, printed as p50/p95/p99.
 */
final class DashboardBench {

    private DashboardBench() {
    }

    static void run(Path basedir, long products) throws Exception {
        try (EmbeddedMariaDb db = BenchPortal.database(basedir)) {
            try (Connection c = db.connect()) {
                new CityDataGenerator(c).generate(products);
                new ActivityGenerator(c).generate(Integer.getInteger("bench.orders", 200_000),
                        Integer.getInteger("bench.programmes", 48), Integer.getInteger("bench.permits", 30_000));
                c.setAutoCommit(true);
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT (SELECT COUNT(*) FROM seller),"
                        + " (SELECT COUNT(*) FROM orders), (SELECT COUNT(*) FROM training_enrollment), (SELECT COUNT(*) FROM permit_application)")) {
                    rs.next();
                    System.out.printf("Data: %,d sellers, %,d products, %,d orders, %,d enrollments, %,d permit applications%n",
                            rs.getLong(1), products, rs.getLong(2), rs.getLong(3), rs.getLong(4));
                }
            }
            serve(basedir, db);
        }
    }

    private static void serve(Path basedir, EmbeddedMariaDb db) throws Exception {
        int httpPort = Integer.getInteger("bench.http-port", 43080);
        try (PayaraMicroProcess payara = BenchPortal.start(basedir, db, httpPort)) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String base = "http://localhost:" + httpPort;
            String token = login(http, base);
            for (int i = 1; i <= 2; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> refreshed = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/staff/dashboard/refresh"))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                System.out.printf("Refresh %d of the summary table: %d in %.1f s%n", i, refreshed.statusCode(), (System.nanoTime() - t0) / 1e9);
            }
            String lastMonth = YearMonth.now(ZoneId.of("Asia/Makassar")).minusMonths(1).toString();
            int clients = Integer.getInteger("bench.clients", 16);
            Duration warmup = Duration.ofSeconds(Long.getLong("bench.warmup-seconds", 30));
            Duration duration = Duration.ofSeconds(Long.getLong("bench.seconds", 60));
            BenchLoad staff = new BenchLoad(httpPort, null, token);
            BenchLoad anyone = new BenchLoad(httpPort, null);
            System.out.println(BenchLoad.visitors());
            System.out.printf("Warm-up: %d s%n", warmup.toSeconds());
            staff.run("warm-up", clients, warmup, r -> r.nextBoolean() ? "/staff/dashboard.xhtml" : "/indikator.xhtml");
            List<String> lines = new ArrayList<>();
            lines.add(staff.run("staff dashboard", clients, duration, r -> "/staff/dashboard.xhtml"));
            lines.add(anyone.run("public page", clients, duration, r -> "/indikator.xhtml"));
            lines.add(anyone.run("open data JSON", clients, duration, r -> "/api/v1/open-data/indicators?period=" + lastMonth
                    + "&level=" + (r.nextBoolean() ? "kecamatan" : "kelurahan")));
            lines.add(anyone.run("open data CSV", clients, duration, r -> "/api/v1/open-data/indicators?period=" + lastMonth
                    + "&level=kelurahan&format=csv"));
            System.out.println();
            System.out.printf("%-16s %8s %8s %8s %8s %10s %7s%n", "", "requests", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors");
            lines.forEach(System.out::println);
        }
    }

    private static String login(HttpClient http, String base) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + ActivityGenerator.STAFF_EMAIL
                        + "\",\"password\":\"umkm-demo-2026\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Bench staff login answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }
}
