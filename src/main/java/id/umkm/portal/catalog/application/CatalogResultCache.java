package id.umkm.portal.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * Large search intermediates (the facet cube of all visible products, the match set of a common word),
 * kept for {@link #TTL_MILLIS}: recounting hundreds of thousands of rows per request would dominate the
 * catalogue's response time, and a minute's delay before a new product shows up in such counts is
 * acceptable. Results of fewer than {@link #MIN_ROWS_CACHED} rows are recomputed every time, so small
 * searches are always exact. While one request computes an entry, concurrent requests for it wait for
 * that result instead of computing it again.
 */
@ApplicationScoped
public class CatalogResultCache {

    static final long TTL_MILLIS = 60_000;
    static final long MIN_ROWS_CACHED = 1_000;
    private static final int MAX_ENTRIES = 500;

    private record Entry(CompletableFuture<Object> value, long createdAt) {
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> compute, ToLongFunction<T> rows) {
        long now = System.currentTimeMillis();
        CompletableFuture<Object> mine = new CompletableFuture<>();
        Entry entry = entries.compute(key, (k, old) -> old != null && (!old.value().isDone() || now - old.createdAt() < TTL_MILLIS)
                ? old : new Entry(mine, now));
        if (entry.value() == mine) {
            try {
                T value = compute.get();
                mine.complete(value);
                if (rows.applyAsLong(value) < MIN_ROWS_CACHED) {
                    entries.remove(key, entry);
                }
            } catch (RuntimeException e) {
                mine.completeExceptionally(e);
                entries.remove(key, entry);
                throw e;
            }
            evictIfFull(now);
        }
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
            entries.entrySet().removeIf(e -> e.getValue().value().isDone() && now - e.getValue().createdAt() >= TTL_MILLIS);
            if (entries.size() > MAX_ENTRIES) {
                entries.clear();
            }
        }
    }
}
