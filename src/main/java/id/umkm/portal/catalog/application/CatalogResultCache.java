package id.umkm.portal.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Large search intermediates (the facet cube of all visible products, the match set of a common word),
 * kept for {@link #TTL_MILLIS}: recounting hundreds of thousands of rows per request would dominate the
 * catalogue's response time, and a minute's delay before a new product shows up in such counts is
 * acceptable. Results of fewer than {@link #MIN_ROWS_CACHED} rows are recomputed every time, so small
 * searches are always exact. While one request computes a missing entry, concurrent requests for it
 * wait for that result; once an entry is older than the TTL, one request recomputes it while the others
 * keep getting the old one until the new one is there.
 */
@ApplicationScoped
public class CatalogResultCache {

    static final long TTL_MILLIS = 60_000;
    static final long MIN_ROWS_CACHED = 1_000;
    private static final int MAX_ENTRIES = 500;

    private record Entry(CompletableFuture<Object> value, long createdAt, AtomicBoolean refreshing) {

        Entry(CompletableFuture<Object> value, long createdAt) {
            this(value, createdAt, new AtomicBoolean());
        }

        boolean fresh(long now) {
            return now - createdAt < TTL_MILLIS;
        }
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    public CatalogResultCache() {
        this(System::currentTimeMillis);
    }

    CatalogResultCache(LongSupplier clock) {
        this.clock = clock;
    }

    public <T> T get(Object key, Supplier<T> compute, ToLongFunction<T> rows) {
        long now = clock.getAsLong();
        CompletableFuture<Object> mine = new CompletableFuture<>();
        Entry entry = entries.compute(key, (k, old) -> old == null || old.value().isCompletedExceptionally() ? new Entry(mine, now) : old);
        if (entry.value() == mine) {
            return computeInto(key, entry, mine, compute, rows);
        }
        if (entry.value().isDone() && !entry.fresh(now) && entry.refreshing().compareAndSet(false, true)) {
            try {
                T value = compute.get();
                if (rows.applyAsLong(value) >= MIN_ROWS_CACHED) {
                    entries.replace(key, entry, new Entry(CompletableFuture.completedFuture(value), now));
                } else {
                    entries.remove(key, entry);
                }
                return value;
            } catch (RuntimeException e) {
                entry.refreshing().set(false);
                throw e;
            }
        }
        return await(entry);
    }

    private <T> T computeInto(Object key, Entry entry, CompletableFuture<Object> future, Supplier<T> compute, ToLongFunction<T> rows) {
        try {
            T value = compute.get();
            future.complete(value);
            if (rows.applyAsLong(value) < MIN_ROWS_CACHED) {
                entries.remove(key, entry);
            }
            evictIfFull(entry.createdAt());
            return value;
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
            entries.remove(key, entry);
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T await(Entry entry) {
        try {
            return (T) entry.value().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void evictIfFull(long now) {
        if (entries.size() > MAX_ENTRIES) {
            entries.entrySet().removeIf(e -> e.getValue().value().isDone() && !e.getValue().fresh(now));
            if (entries.size() > MAX_ENTRIES) {
                entries.clear();
            }
        }
    }
}
