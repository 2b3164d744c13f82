package id.umkm.portal.catalog.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private final List<Runnable> backgroundTasks = new CopyOnWriteArrayList<>();
    private final CatalogResultCache cache = new CatalogResultCache(now::get, backgroundTasks::add);
    private final AtomicInteger computed = new AtomicInteger();

    private long big() {
        computed.incrementAndGet();
        return CatalogResultCache.MIN_ROWS_CACHED + computed.get();
    }

    @Test
    void aStaleEntryIsServedWhileOneBackgroundTaskRecomputesIt() {
        assertThat(cache.get("q", this::big, n -> n)).isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 1);
        now.addAndGet(CatalogResultCache.TTL_MILLIS - 1);
        assertThat(cache.get("q", this::big, n -> n)).as("still fresh").isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 1);
        assertThat(backgroundTasks).isEmpty();
        now.addAndGet(1);
        assertThat(cache.get("q", this::big, n -> n)).as("stale: no visitor waits for the refresh")
                .isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 1);
        assertThat(cache.get("q", this::big, n -> n)).isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 1);
        assertThat(backgroundTasks).as("one refresh however many stale reads").hasSize(1);
        backgroundTasks.remove(0).run();
        assertThat(cache.get("q", this::big, n -> n)).isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 2);
        assertThat(computed).hasValue(2);
    }

    @Test
    void anExpensiveResultStaysFreshLongerInProportionToItsCost() {
        cache.get("q", () -> {
            now.addAndGet(10_000);
            return big();
        }, n -> n);
        now.addAndGet(CatalogResultCache.COST_FACTOR * 10_000 - 10_001);
        cache.get("q", this::big, n -> n);
        assertThat(backgroundTasks).as("30 x 10 s of work: fresh for 5 minutes").isEmpty();
        now.addAndGet(1);
        cache.get("q", this::big, n -> n);
        assertThat(backgroundTasks).hasSize(1);
    }

    @Test
    void aFailedRefreshKeepsTheOldValueAndIsTriedAgain() {
        cache.get("q", this::big, n -> n);
        now.addAndGet(CatalogResultCache.TTL_MILLIS);
        cache.get("q", () -> {
            throw new IllegalStateException("database gone");
        }, (Long n) -> n);
        backgroundTasks.remove(0).run();
        assertThat(cache.get("q", this::big, n -> n)).isEqualTo(CatalogResultCache.MIN_ROWS_CACHED + 1);
        assertThat(backgroundTasks).as("tried again").hasSize(1);
    }

    @Test
    void heldRowsStayBoundedLeastRecentlyUsedGoFirst() {
        long each = CatalogResultCache.MAX_ROWS / 2;
        cache.get("a", () -> each, n -> n);
        now.addAndGet(1);
        cache.get("b", () -> each, n -> n);
        now.addAndGet(1);
        cache.get("a", () -> each, n -> n);
        now.addAndGet(1);
        cache.get("c", () -> each, n -> n);
        assertThat(cache.rowsHeld()).isLessThanOrEqualTo(CatalogResultCache.MAX_ROWS);
        assertThat(cache.holds("a")).isTrue();
        assertThat(cache.holds("b")).as("least recently used").isFalse();
        assertThat(cache.holds("c")).isTrue();
    }

    @Test
    void aResultThatTookLongToComputeIsNotEvictedByItsOwnArrival() {
        long each = CatalogResultCache.MAX_ROWS / 2;
        cache.get("a", () -> each, n -> n);
        cache.get("b", () -> each, n -> n);
        cache.get("slow", () -> {
            now.addAndGet(5_000);
            cache.get("b", () -> each, n -> n);
            now.addAndGet(5_000);
            cache.get("a", () -> each, n -> n);
            return each;
        }, n -> n);
        assertThat(cache.holds("slow")).as("computed last, so used last").isTrue();
        assertThat(cache.holds("b")).as("least recently used").isFalse();
        assertThat(cache.holds("a")).isTrue();
    }

    @Test
    void aResultIsWeighedByWhatItHoldsNotByWhatItCounted() {
        long million = 1_000_000;
        cache.get("browse cube", () -> million, n -> n, n -> 600);
        cache.get("price cube", () -> million, n -> n, n -> 600);
        cache.get("common word", () -> CatalogResultCache.MAX_ROWS - 2_000, n -> n);
        assertThat(cache.holds("browse cube")).isTrue();
        assertThat(cache.holds("price cube")).isTrue();
        assertThat(cache.holds("common word")).as("the cubes hold 1,200 cells, not two million products").isTrue();
        cache.get("small cube", () -> 10L, n -> n, n -> 60);
        assertThat(cache.holds("small cube")).as("counted fewer than %d: recomputed every time", CatalogResultCache.MIN_ROWS_CACHED).isFalse();
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

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
