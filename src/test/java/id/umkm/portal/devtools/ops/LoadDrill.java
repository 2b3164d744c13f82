package id.umkm.portal.devtools.ops;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load command ({@code ./mvnw -Pload package}, see docs/operations.md): a fixed arrival rate (open
 * model: requests start on schedule whether or not earlier ones finished, so a slow portal shows as
 * latency, not as a politely lower rate) against a running portal, mixing catalogue browsing (pages,
 * search API, product pages), checkouts (POST /api/v1/orders by a buyer) and enrollments (sellers applying
 * to training programmes). Prints per-kind and overall counts, errors and p50/p95/p99 latencies.
 */
public final class LoadDrill {

    private static final String PASSWORD = "umkm-demo-2026";
    private static final String[] WORDS = {"amplang", "batik", "kopi", "keripik", "kain", "madu", "sambal", "tas"};

    private final URI base = URI.create(System.getProperty("load.base", "http://localhost:8090/"));
    private double rate = Double.parseDouble(System.getProperty("load.rate", "20"));
    private int seconds = Integer.getInteger("load.seconds", 600);
    /** Rates tried one after the other before the run (e.g. 40,60,80): the run goes at the highest with p95 under 500 ms. */
    private final double[] steps = Arrays.stream(System.getProperty("load.steps", "").split(","))
            .filter(x -> !x.isBlank()).mapToDouble(Double::parseDouble).toArray();
    private final int stepSeconds = Integer.getInteger("load.step-seconds", 60);
    /**
     * Seconds of load before anything is measured, at the first step's rate (or the run's): right after a
     * boot the JIT has compiled little, and the first steps measured the compiler instead of the portal.
     */
    private final int warmupSeconds = Integer.getInteger("load.warmup-seconds", 180);
    private final double warmupRate = Double.parseDouble(System.getProperty("load.warmup-rate", "0"));
    /**
     * How many products the checkouts spread over: 1 makes every checkout wait for the same stock row (a
     * flash sale), the default a busy ordinary day.
     */
    private final int checkoutProducts = Integer.getInteger("load.checkout-products", 20);
    private final String jdbcUrl = System.getProperty("load.jdbc-url", "jdbc:mysql://127.0.0.1:3308/umkm?sslMode=DISABLED&allowPublicKeyRetrieval=true");
    private final String dbUser = System.getProperty("load.db-user", "umkm");
    private final String dbPassword = System.getProperty("load.db-password", "umkm-demo");
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
    private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

    private List<String> productPaths;
    private List<Long> checkoutProductIds;
    private String buyerToken;
    private final List<String> sellerTokens = new ArrayList<>();
    private final List<Long> programmes = new ArrayList<>();
    private final AtomicLong enrollmentSlot = new AtomicLong();

    public static void main(String[] args) throws Exception {
        LoadDrill drill = new LoadDrill();
        drill.prepare();
        System.exit(drill.runWithSteps() ? 0 : 1);
    }

    void prepare() throws Exception {
        List<String> sellers = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword); Statement s = c.createStatement()) {
            productPaths = strings(s, "SELECT CONCAT('/p/', id, '-', slug) FROM product WHERE visible ORDER BY id LIMIT 40");
            // These products get plenty of stock and take the checkouts; unpaid orders expire and give it back.
            checkoutProductIds = strings(s, "SELECT id FROM product WHERE visible AND NOT has_variants ORDER BY id LIMIT "
                    + checkoutProducts).stream().map(Long::valueOf).toList();
            s.executeUpdate("UPDATE product SET stock = 100000000 WHERE visible AND NOT has_variants ORDER BY id LIMIT "
                    + checkoutProducts);
            sellers.addAll(strings(s, "SELECT a.email FROM account a JOIN seller sl ON sl.account_id = a.id"
                    + " WHERE sl.status = 'VERIFIED' AND a.email LIKE '%demo.umkm.id' ORDER BY a.id"));
        }
        buyerToken = login("pembeli@demo.umkm.id");
        for (String seller : sellers) {
            sellerTokens.add(login(seller));
        }
        String staff = login("staf@demo.umkm.id");
        // The run may go at the highest step's rate; every part sends 5% enrollments, each needing a seat.
        double planned = Math.max(rate, Arrays.stream(steps).max().orElse(0)) * seconds
                + Arrays.stream(steps).sum() * stepSeconds + warmupRate() * warmupSeconds;
        int needed = (int) Math.ceil(planned * 0.05 / Math.max(1, sellerTokens.size())) + 2;
        for (int i = 0; i < needed; i++) {
            programmes.add(openProgramme(staff, i));
        }
        System.out.printf("Prepared: %d products, %d sellers, %d open programmes, checkouts over products %s%n",
                productPaths.size(), sellerTokens.size(), programmes.size(), checkoutProductIds);
    }

    private double firstRate() {
        return steps.length == 0 ? rate : steps[0];
    }

    /** load.warmup-rate, else the first step's rate (or the run's). */
    private double warmupRate() {
        return warmupRate > 0 ? warmupRate : firstRate();
    }

    /**
     * The warm-up, the steps (if any), then the run at the highest step rate that kept p95 under 500 ms and
     * no errors.
     */
    boolean runWithSteps() throws InterruptedException {
        int runSeconds = seconds;
        double chosen = rate;
        if (warmupSeconds > 0) {
            rate = warmupRate();
            seconds = warmupSeconds;
            System.out.printf("Warm-up: %d s at %.1f req/s, not counted%n", warmupSeconds, rate);
            run();
            rate = chosen;
        }
        if (steps.length > 0) {
            chosen = 0;
            for (double step : steps) {
                rate = step;
                seconds = stepSeconds;
                reset();
                boolean clean = run();
                double p95 = pct(all(), 95);
                System.out.printf("step %.1f req/s: p95 %.0f ms, %s%n", rate, p95, clean ? "no errors" : "ERRORS");
                if (clean && p95 < 500) {
                    chosen = rate;
                }
            }
            if (chosen == 0) {
                chosen = firstRate();
            }
        }
        rate = chosen;
        seconds = runSeconds;
        reset();
        return run();
    }

    private void reset() {
        latencies.clear();
        errors.clear();
        errorSamples.clear();
    }

    private long[] all() {
        return latencies.values().stream().flatMap(ConcurrentLinkedQueue::stream).mapToLong(Long::longValue).sorted().toArray();
    }

    boolean run() throws InterruptedException {
        System.out.printf("%s load %.1f req/s for %d s against %s (load average %s)%n", Instant.now(), rate, seconds,
                base, loadAverage());
        ExecutorService workers = Executors.newFixedThreadPool(200);
        long start = System.nanoTime();
        long total = (long) (rate * seconds);
        for (long i = 0; i < total; i++) {
            long due = start + (long) (i * 1_000_000_000L / rate);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            workers.execute(this::oneRequest);
            if (i > 0 && i % (long) (rate * 60) == 0) {
                System.out.printf("%s  %d requests sent, %d errors, load average %s%n", Instant.now(), i,
                        errors.values().stream().mapToInt(AtomicInteger::get).sum(), loadAverage());
            }
        }
        workers.shutdown();
        workers.awaitTermination(2, TimeUnit.MINUTES);
        double elapsed = (System.nanoTime() - start) / 1e9;
        return report(elapsed);
    }

    private void oneRequest() {
        int dice = ThreadLocalRandom.current().nextInt(100);
        if (dice < 40) {
            String word = WORDS[ThreadLocalRandom.current().nextInt(WORDS.length)];
            timed("catalogue page", get(dice < 20 ? "katalog" : "katalog?q=" + word), 200);
        } else if (dice < 65) {
            String word = WORDS[ThreadLocalRandom.current().nextInt(WORDS.length)];
            timed("search API", get("api/v1/catalog/products?q=" + word), 200);
        } else if (dice < 80) {
            timed("product page", get(productPaths.get(ThreadLocalRandom.current().nextInt(productPaths.size())).substring(1)), 200);
        } else if (dice < 95) {
            long product = checkoutProductIds.get(ThreadLocalRandom.current().nextInt(checkoutProductIds.size()));
            String body = "{\"items\":[{\"productId\":" + product + ",\"quantity\":1}],"
                    + "\"delivery\":{\"method\":\"PICKUP\",\"phone\":\"0812 3456 7890\"}}";
            timed("checkout", post("api/v1/orders", buyerToken, body).header("Idempotency-Key", UUID.randomUUID().toString()), 201);
        } else {
            long slot = enrollmentSlot.getAndIncrement();
            int seller = (int) (slot % sellerTokens.size());
            int programme = (int) (slot / sellerTokens.size());
            if (programme >= programmes.size()) {
                return;
            }
            timed("enrollment", post("api/v1/trainings/" + programmes.get(programme) + "/enrollments",
                    sellerTokens.get(seller), "{}"), 201);
        }
    }

    private void timed(String kind, HttpRequest.Builder request, int expected) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long micros = (System.nanoTime() - t0) / 1000;
            latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(micros);
            if (answer.statusCode() != expected && !(expected == 201 && answer.statusCode() == 200)) {
                error(kind, answer.statusCode() + " " + answer.body().substring(0, Math.min(200, answer.body().length())));
            }
        } catch (Exception e) {
            latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add((System.nanoTime() - t0) / 1000);
            error(kind, e.toString());
        }
    }

    private void error(String kind, String what) {
        errors.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        if (errorSamples.size() < 20) {
            errorSamples.add(Instant.now() + " " + kind + ": " + what);
        }
    }

    private boolean report(double elapsed) {
        List<Long> all = new ArrayList<>();
        int errorCount = 0;
        System.out.printf("%n%-16s %8s %7s %8s %8s %8s%n", "kind", "requests", "errors", "p50 ms", "p95 ms", "p99 ms");
        for (Map.Entry<String, ConcurrentLinkedQueue<Long>> e : new TreeMap<>(latencies).entrySet()) {
            List<Long> l = new ArrayList<>(e.getValue());
            all.addAll(l);
            int err = errors.getOrDefault(e.getKey(), new AtomicInteger()).get();
            errorCount += err;
            line(e.getKey(), l, err);
        }
        line("all", all, errorCount);
        System.out.printf("%d requests in %.0f s = %.1f req/s, %d errors; load average at the end %s%n", all.size(), elapsed,
                all.size() / elapsed, errorCount, loadAverage());
        errorSamples.forEach(s -> System.out.println("  error: " + s));
        return errorCount == 0;
    }

    private static void line(String kind, List<Long> micros, int errors) {
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-16s %8d %7d %8.0f %8.0f %8.0f%n", kind, sorted.length, errors, pct(sorted, 50), pct(sorted, 95),
                pct(sorted, 99));
    }

    private static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    private long openProgramme(String staffToken, int i) throws Exception {
        Instant now = Instant.now();
        String form = Json.createObjectBuilder().add("title", "Beban uji " + i + " " + now.getEpochSecond())
                .add("topic", "DIGITAL_MARKETING").add("partner", "DKUMKMP").add("venue", "Aula DKUMKMP")
                .add("capacity", 20).add("budgetPerParticipantRupiah", 100_000).add("totalBudgetRupiah", 10_000_000)
                .add("registrationOpensAt", now.minusSeconds(60).toString())
                .add("registrationClosesAt", now.plusSeconds(86_400).toString())
                .add("allocationMode", "FIRST_COME").add("hours", 8).build().toString();
        HttpResponse<String> created = http.send(post("api/v1/staff/trainings", staffToken, form).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Could not define a programme: " + created.statusCode() + " " + created.body());
        }
        long id = json(created.body()).getJsonNumber("id").longValue();
        HttpResponse<String> opened = http.send(post("api/v1/staff/trainings/" + id + "/opening", staffToken, "{}").build(),
                HttpResponse.BodyHandlers.ofString());
        if (opened.statusCode() != 200) {
            throw new IllegalStateException("Could not open programme " + id + ": " + opened.body());
        }
        return id;
    }

    private String login(String email) throws Exception {
        String body = Json.createObjectBuilder().add("username", email).add("password", PASSWORD).build().toString();
        HttpResponse<String> answer = http.send(post("api/v1/auth/login", null, body).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Login of " + email + ": " + answer.statusCode());
        }
        return json(answer.body()).getString("token");
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
    }

    private HttpRequest.Builder post(String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        return token == null ? b : b.header("Authorization", "Bearer " + token);
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    static String loadAverage() {
        try {
            return Arrays.toString(java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ", 4))
                    .replaceAll(", [^,]*\\]$", "]");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
