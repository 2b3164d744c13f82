package id.umkm.portal.devtools.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The fault drills, against the running cluster through nginx: the database stopped and restarted under
 * a load of checkouts and searches; the payment gateway and OSS answering too slowly; the database
 * refusing to store an upload (uploads live in the database: its "disk full" is error 1114, the table is
 * full). Writes target/cluster/fault-transcript.txt; a failed check fails the drill.
 */
final class FaultDrills {

    private static final String PASSWORD = "umkm-demo-2026";

    private final ClusterLauncher cluster;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> transcript = new ArrayList<>();
    private boolean passed = true;
    private long productId;
    private String buyer;
    private String seller;

    FaultDrills(ClusterLauncher cluster) {
        this.cluster = cluster;
        this.base = URI.create("http://localhost:" + cluster.httpPort + "/");
    }

    boolean run() throws Exception {
        try (Connection c = cluster.db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT p.id FROM product p JOIN seller sl ON sl.id = p.seller_id JOIN account a"
                     + " ON a.id = sl.account_id WHERE a.email = 'penjual@demo.umkm.id' AND p.visible AND NOT p.has_variants"
                     + " ORDER BY p.id LIMIT 1")) {
            rs.next();
            productId = rs.getLong(1);
            s.executeUpdate("UPDATE product SET stock = 100000000 WHERE id = " + productId);
        }
        buyer = login("pembeli@demo.umkm.id");
        seller = login("penjual@demo.umkm.id");
        databaseRestartUnderLoad();
        slowGateway();
        slowOss();
        uploadRefusedByFullStorage();
        say(passed ? "FAULT DRILLS PASSED" : "FAULT DRILLS FAILED");
        Files.write(cluster.work.resolve("fault-transcript.txt"), transcript);
        return passed;
    }

    private void databaseRestartUnderLoad() throws Exception {
        say("== Database stopped and restarted under load (3 buyers checking out, 3 visitors searching)");
        Set<Long> confirmed = ConcurrentHashMap.newKeySet();
        Map<Long, int[]> perSecond = new ConcurrentHashMap<>();
        Map<String, Integer> failedAnswers = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        long t0 = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 6; i++) {
            boolean buying = i < 3;
            clients.execute(() -> {
                while (running.get()) {
                    long second = (System.nanoTime() - t0) / 1_000_000_000L;
                    boolean ok;
                    String answered;
                    try {
                        if (buying) {
                            HttpResponse<String> answer = placeOrder();
                            ok = answer.statusCode() == 201;
                            if (ok) {
                                confirmed.add(json(answer.body()).getJsonNumber("checkoutId").longValue());
                            }
                            answered = String.valueOf(answer.statusCode());
                        } else {
                            int status = send(get("api/v1/catalog/products?q=amplang")).statusCode();
                            ok = status == 200;
                            answered = String.valueOf(status);
                        }
                    } catch (Exception e) {
                        ok = false;
                        answered = "no answer (" + e.getClass().getSimpleName() + ")";
                    }
                    if (!ok) {
                        failedAnswers.merge(answered, 1, Integer::sum);
                    }
                    int[] counts = perSecond.computeIfAbsent(second, k -> new int[2]);
                    synchronized (counts) {
                        counts[ok ? 0 : 1]++;
                    }
                    sleep(200);
                }
            });
        }
        sleep(20_000);
        long stoppedAt = (System.nanoTime() - t0) / 1_000_000_000L;
        cluster.stopDatabase();
        say("database STOPPED at t=" + stoppedAt + " s");
        sleep(3_000);
        busyPageWhileTheDatabaseIsDown();
        sleep(12_000);
        cluster.startDatabase();
        long startedAt = (System.nanoTime() - t0) / 1_000_000_000L;
        say("database STARTED again at t=" + startedAt + " s");
        sleep(60_000);
        running.set(false);
        clients.shutdown();
        clients.awaitTermination(2, TimeUnit.MINUTES);

        long firstError = -1;
        long lastError = -1;
        int errors = 0;
        int oks = 0;
        StringBuilder timeline = new StringBuilder();
        for (Map.Entry<Long, int[]> e : new TreeMap<>(perSecond).entrySet()) {
            oks += e.getValue()[0];
            errors += e.getValue()[1];
            if (e.getValue()[1] > 0) {
                firstError = firstError < 0 ? e.getKey() : firstError;
                lastError = e.getKey();
            }
            timeline.append(e.getKey()).append(':').append(e.getValue()[0]).append('/').append(e.getValue()[1]).append(' ');
        }
        say("timeline t:ok/errors " + timeline.toString().trim());
        say(oks + " answers ok, " + errors + " errors, errors from t=" + firstError + " to t=" + lastError + " s");
        say("the errors by answer: " + new TreeMap<>(failedAnswers));
        check(failedAnswers.keySet().stream().allMatch("503"::equals),
                "every error while the database was away was the clear 503 (busy page or Problem Details), none a bare 500");
        long okAfter = new TreeMap<>(perSecond).tailMap(startedAt + 30).values().stream().mapToLong(c -> c[1]).sum();
        check(okAfter == 0, "no errors from 30 s after the restart on: the portal recovered by itself ("
                + (lastError >= 0 ? lastError - startedAt : 0) + " s after the database came back)");
        long stored;
        try (Connection c = cluster.db.connect(); Statement s = c.createStatement()) {
            String ids = confirmed.stream().map(String::valueOf).reduce((a, b) -> a + "," + b).orElse("0");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM checkout WHERE id IN (" + ids + ")")) {
                rs.next();
                stored = rs.getLong(1);
            }
        }
        check(stored == confirmed.size(), confirmed.size() + " checkouts confirmed (201) to buyers, " + stored
                + " of them in the database after the restart: no committed order lost");
    }

    /** A page asking the database for something no cache holds (a search never made) while it is away. */
    private void busyPageWhileTheDatabaseIsDown() throws Exception {
        long t = System.nanoTime();
        HttpResponse<String> page = send(get("katalog?q=drill" + System.nanoTime()));
        long ms = (System.nanoTime() - t) / 1_000_000;
        say("catalogue page while the database is down: " + page.statusCode() + " in " + ms + " ms, Retry-After "
                + page.headers().firstValue("Retry-After").orElse("none"));
        check(page.statusCode() == 503 && page.body().contains("id=\"error-busy\""),
                "the page says 'service busy, try again in a moment' (503 with Retry-After), not the generic error page");
    }

    private void slowGateway() throws Exception {
        say("== Payment gateway answering after 30 s (client read timeout 3 s, Fault Tolerance timeout 6 s: the defaults)");
        cluster.gateway.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(30_000)));
        try {
            long t = System.nanoTime();
            HttpResponse<String> answer = placeOrder();
            long ms = (System.nanoTime() - t) / 1_000_000;
            say("checkout while the gateway hangs: " + answer.statusCode() + " in " + ms + " ms: " + abbreviate(answer.body()));
            check(ms < 6_000 && (answer.statusCode() < 500 || answer.statusCode() == 503),
                    "the buyer gets a clear answer within the gateway's 6 s bound, not a hanging page");
            pagesStayResponsive("gateway hanging");
        } finally {
            cluster.gateway.resetAll();
            cluster.fallBack(cluster.gateway, "simulator/midtrans");
        }
    }

    private void slowOss() throws Exception {
        say("== OSS answering after 30 s (connect timeout 1 s, read timeout 2.5 s, Fault Tolerance timeout 4 s: the defaults)");
        cluster.oss.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withFixedDelay(30_000)));
        try {
            long t = System.nanoTime();
            HttpResponse<String> answer = send(get("api/v1/oss/nib/" + (9_100_000_000_000L + System.nanoTime() % 99_999_999))
                    .header("Authorization", "Bearer " + seller));
            long ms = (System.nanoTime() - t) / 1_000_000;
            say("NIB look-up while OSS hangs: " + answer.statusCode() + " in " + ms + " ms: " + abbreviate(answer.body()));
            check(ms < 4_000 && answer.body().contains("UNAVAILABLE"),
                    "the seller hears 'OSS unreachable' within the 4 s bound (look-up saved for the retry job)");
            pagesStayResponsive("OSS hanging");
        } finally {
            cluster.oss.resetAll();
            cluster.fallBack(cluster.oss, "simulator/oss");
        }
    }

    private void pagesStayResponsive(String while_) throws Exception {
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            int status = send(get(i % 2 == 0 ? "katalog" : "api/v1/catalog/products?q=kopi")).statusCode();
            ms.add((System.nanoTime() - t) / 1_000_000);
            check(status == 200, null);
        }
        ms.sort(Long::compare);
        check(ms.get(18) < 2000, "catalogue pages while " + while_ + ": 20 requests, median " + ms.get(10) + " ms, p95 "
                + ms.get(18) + " ms");
    }

    private void uploadRefusedByFullStorage() throws Exception {
        say("== Storage full for uploads (uploads are rows of the media table: the database refuses the insert)");
        byte[] png = photo();
        long mediaBefore = count("SELECT COUNT(*) FROM media");
        long photosBefore = count("SELECT COUNT(*) FROM product_photo WHERE product_id = " + productId);
        execute("CREATE TRIGGER ops_drill_disk_full BEFORE INSERT ON media FOR EACH ROW"
                + " SIGNAL SQLSTATE 'HY000' SET MESSAGE_TEXT = 'The table media is full', MYSQL_ERRNO = 1114");
        try {
            HttpResponse<String> refused = uploadPhoto(png);
            say("upload while storage is full: " + refused.statusCode() + ": " + abbreviate(refused.body()));
            check(refused.statusCode() >= 400 && count("SELECT COUNT(*) FROM media") == mediaBefore
                    && count("SELECT COUNT(*) FROM product_photo WHERE product_id = " + productId) == photosBefore,
                    "upload refused, nothing half-stored (no media row, no photo link)");
        } finally {
            execute("DROP TRIGGER ops_drill_disk_full");
        }
        HttpResponse<String> accepted = uploadPhoto(png);
        check(accepted.statusCode() / 100 == 2, "space back: the same upload is stored (" + accepted.statusCode() + ")");
    }

    /** A product photo as a seller's phone would send: 800 x 800 pixels of colour. */
    private static byte[] photo() throws java.io.IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(800, 800, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 800; y++) {
            for (int x = 0; x < 800; x++) {
                image.setRGB(x, y, (x * 255 / 800) << 16 | (y * 255 / 800) << 8 | 0x60);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private HttpResponse<String> uploadPhoto(byte[] png) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve("api/v1/seller/products/" + productId + "/photos"))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + seller)
                .header("Content-Type", "image/png").header("X-File-Name", "drill.png")
                .POST(HttpRequest.BodyPublishers.ofByteArray(png)));
    }

    private HttpResponse<String> placeOrder() throws Exception {
        String body = "{\"items\":[{\"productId\":" + productId + ",\"quantity\":1}],"
                + "\"delivery\":{\"method\":\"PICKUP\",\"phone\":\"0812 3456 7890\"}}";
        return send(HttpRequest.newBuilder(base.resolve("api/v1/orders")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + buyer).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString()).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private String login(String email) throws Exception {
        String body = Json.createObjectBuilder().add("username", email).add("password", PASSWORD).build().toString();
        HttpResponse<String> answer = send(HttpRequest.newBuilder(base.resolve("api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        return json(answer.body()).getString("token");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long count(String sql) throws Exception {
        try (Connection c = cluster.db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws Exception {
        // Triggers need the SUPER-free path: the portal's user owns the schema (TRIGGER privilege).
        try (Connection c = cluster.db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void check(boolean ok, String what) {
        passed &= ok;
        if (what != null) {
            say((ok ? "OK   " : "FAIL ") + what);
        } else if (!ok) {
            say("FAIL a catalogue request did not answer 200");
        }
    }

    private void say(String line) {
        String stamped = Instant.now() + "  " + line;
        transcript.add(stamped);
        System.out.println(stamped);
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
