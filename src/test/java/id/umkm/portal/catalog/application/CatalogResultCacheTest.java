package id.umkm.portal.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CatalogResultCacheTest {

    private final AtomicLong now = new AtomicLong(1_000_000);
    private final CatalogResultCache cache = new CatalogResultCache(now::get);
    private final AtomicInteger computed = new AtomicInteger();

    private long big() {
        computed.incrementAndGet();
        return CatalogResultCache.MIN_ROWS_CACHED + computed.get();
    }

    @Test
    void keepsLargeResultsForTheTtlOnly() {
        assertThat(cache.get("q", this::big, n -> n)).isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 1);
        now.addAndGet(CatalogResultCache.TTL_MILLIS - 1);
        assertThat(cache.get("q", this::big, n -> n)).as("still fresh").isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 1);
        now.addAndGet(1);
        assertThat(cache.get("q", this::big, n -> n)).as("the refreshing request gets the new value")
                .isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 2);
        assertThat(cache.get("q", this::big, n -> n)).isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 2);
        assertThat(computed).hasValue(2);
    }

    @Test
    void recomputesSmallResultsEveryTime() {
        cache.get("q", () -> (long) computed.incrementAndGet(), n -> n);
        cache.get("q", () -> (long) computed.incrementAndGet(), n -> n);
        assertThat(computed).hasValue(2);
    }

    @Test
    void concurrentRequestsForAMissingEntryComputeItOnce() throws Exception {
        CountDownLatch computing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<Long> first = pool.submit(() -> cache.get("q", () -> {
                computing.countDown();
                await(release);
                return big();
            }, n -> n));
            computing.await(5, TimeUnit.SECONDS);
            Future<?>[] others = new Future<?>[7];
            for (int i = 0; i < others.length; i++) {
                others[i] = pool.submit(() -> cache.get("q", this::big, n -> n));
            }
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 1);
            for (Future<?> other : others) {
                assertThat(other.get(5, TimeUnit.SECONDS)).isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 1);
            }
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void whileOneRequestRefreshesAStaleEntryOthersGetTheOldValue() throws Exception {
        cache.get("q", this::big, n -> n);
        now.addAndGet(CatalogResultCache.TTL_MILLIS);
        CountDownLatch refreshing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Long> refresher = pool.submit(() -> cache.get("q", () -> {
                refreshing.countDown();
                await(release);
                return big();
            }, n -> n));
            refreshing.await(5, TimeUnit.SECONDS);
            assertThat(cache.get("q", this::big, n -> n)).as("stale value, no wait").isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 1);
            release.countDown();
            assertThat(refresher.get(5, TimeUnit.SECONDS)).isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 2);
            assertThat(cache.get("q", this::big, n -> n)).isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 2);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
