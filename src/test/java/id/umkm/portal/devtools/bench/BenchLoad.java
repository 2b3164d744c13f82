package id.umkm.portal.devtools.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Closed-loop clients: each sends its next request as soon as the last one answered, for a fixed time.
 * Each client is one browser: it keeps its own session cookie ({@code -Dbench.cookies=false} makes every
 * request a new visitor, as crawlers and shared links are, which costs the portal a new session each).
 */
final class BenchLoad {

    private static final boolean KEEP_COOKIES = Boolean.parseBoolean(System.getProperty("bench.cookies", "true"));

    /** Requests slower than this are listed after each run (the first few), to show what the tail is made of. */
    private static final long SLOW_NANOS = 1_000_000_000L;
    private static final int SLOWEST_SHOWN = 8;

    private record Slow(long millis, String path) {
    }

    private final Queue<Slow> slowest = new ConcurrentLinkedQueue<>();
    private final String base;
    private final BenchRequests requests;
    private final String bearer;

    BenchLoad(int port, BenchRequests requests) {
        this(port, requests, null);
    }

    /** Clients that send {@code Authorization: Bearer} with every request (null: anonymous). */
    BenchLoad(int port, BenchRequests requests, String bearer) {
        this.base = "http://localhost:" + port;
        this.requests = requests;
        this.bearer = bearer;
    }

    static String visitors() {
        return KEEP_COOKIES ? "Each client keeps its session cookie, as a browser does" : "Every request is a new visitor (no cookies)";
    }

    void runAll(int clients, Duration warmup, Duration duration) throws Exception {
        System.out.println(visitors());
        System.out.printf("Warm-up: %d s of mixed API and page requests%n", warmup.toSeconds());
        run("warm-up", clients, warmup, r -> r.nextBoolean() ? requests.apiSearch(r) : requests.page(r));
        List<String> lines = new ArrayList<>();
        lines.add(run("search API", clients, duration, requests::apiSearch));
        lines.add(run("catalogue pages", clients, duration, requests::page));
        lines.add(run("static file", clients, duration, r -> "/resources/css/portal.css"));
        System.out.println();
        System.out.printf("%-16s %8s %8s %8s %8s %10s %7s%n", "", "requests", "p50 ms", "p95 ms", "p99 ms", "req/s", "errors");
        lines.forEach(System.out::println);
    }

    /** Runs {@code clients} closed-loop clients for {@code duration}; returns the printed line of its figures. */
    String run(String name, int clients, Duration duration, Function<SplittableRandom, String> next) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + duration.toNanos();
        AtomicLong errors = new AtomicLong();
        slowest.clear();
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            SplittableRandom random = new SplittableRandom(name.hashCode() * 31L + i);
            results.add(pool.submit(() -> client(deadline, random, next, errors)));
        }
        List<long[]> perClient = new ArrayList<>();
        for (Future<long[]> f : results) {
            perClient.add(f.get());
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] all = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        String line = String.format("%-16s %8d %8.1f %8.1f %8.1f %10.1f %7d", name, all.length,
                percentile(all, 50), percentile(all, 95), percentile(all, 99), all.length / seconds, errors.get());
        System.out.println(line);
        slowest.stream().sorted(Comparator.comparingLong(Slow::millis).reversed()).limit(SLOWEST_SHOWN)
                .forEach(slow -> System.out.printf("    slow: %,d ms %s%n", slow.millis(), slow.path()));
        return line;
    }

    private static HttpClient browser() {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5));
        return (KEEP_COOKIES ? builder.cookieHandler(new CookieManager()) : builder).build();
    }

    private long[] client(long deadline, SplittableRandom random, Function<SplittableRandom, String> next, AtomicLong errors) {
        HttpClient http = browser();
        long[] latencies = new long[1 << 16];
        int n = 0;
        while (System.nanoTime() < deadline) {
            String path = next.apply(random);
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
            if (bearer != null) {
                builder.header("Authorization", "Bearer " + bearer);
            }
            HttpRequest request = builder.build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    errors.incrementAndGet();
                    if (errors.get() <= 5) {
                        System.out.println("  " + response.statusCode() + " for " + path);
                    }
                }
            } catch (IOException e) {
                errors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            if (n == latencies.length) {
                latencies = Arrays.copyOf(latencies, n * 2);
            }
            latencies[n++] = System.nanoTime() - t0;
            if (latencies[n - 1] > SLOW_NANOS) {
                slowest.add(new Slow(latencies[n - 1] / 1_000_000, path));
            }
        }
        return Arrays.copyOf(latencies, n);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
