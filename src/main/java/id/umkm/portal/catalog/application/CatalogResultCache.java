package id.umkm.portal.catalog.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Large search intermediates (the facet cube of all visible products, the match set of a common word):
 * recounting hundreds of thousands of rows per request would dominate the catalogue's response time.
 * Results of fewer than {@link #MIN_ROWS_CACHED} rows are recomputed every time, so small searches are
 * always exact.
 *
 * <p>A visitor waits only for an entry nobody has computed yet (and concurrent visitors wait for that one
 * computation). A stale entry keeps being served while one background task recomputes it. An entry is
 * fresh for {@link #TTL_MILLIS}, or {@link #COST_FACTOR} times what it took to compute if that is longer
 * (at most {@link #MAX_TTL_MILLIS}): a word found in most descriptions costs seconds of database time, and
 * refreshing it every minute would take a good part of a core. Entries unused for {@link #IDLE_MILLIS}
 * are dropped, and the rows held in memory stay under {@link #MAX_ROWS} (least recently used go first): a
 * match set holds a row per match, a facet cube only its cells, however many products it counted.
 */
@ApplicationScoped
public class CatalogResultCache {

    static final long TTL_MILLIS = 60_000;
    static final long MAX_TTL_MILLIS = 15 * 60_000;
    static final long COST_FACTOR = 30;
    static final long IDLE_MILLIS = 30 * 60_000;
    static final long MIN_ROWS_CACHED = 1_000;
    static final long MAX_ROWS = 2_000_000;
    private static final Logger LOG = Logger.getLogger(CatalogResultCache.class.getName());

    private static final class Entry {
        final CompletableFuture<Object> value;
        final long createdAt;
        final AtomicBoolean refreshing = new AtomicBoolean();
        volatile long ttl = TTL_MILLIS;
        volatile long held;
        volatile long lastUsed;

        Entry(CompletableFuture<Object> value, long createdAt) {
            this.value = value;
            this.createdAt = createdAt;
            this.lastUsed = createdAt;
        }

        boolean fresh(long now) {
            return now - createdAt < ttl;
        }
    }

    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier clock;
    private final Executor background;

    @Resource
    ManagedExecutorService executor;

    public CatalogResultCache() {
        this(System::currentTimeMillis, null);
    }

    /** For tests: the clock, and the executor background refreshes run on. */
    CatalogResultCache(LongSupplier clock, Executor background) {
        this.clock = clock;
        this.background = background;
    }

    /** For results that hold a row in memory per row counted (match sets). */
    public <T> T get(Object key, Supplier<T> compute, ToLongFunction<T> rows) {
        return get(key, compute, rows, rows);
    }

    /** rows: how many rows the result counted (small results are not kept); held: the rows it keeps in memory. */
    public <T> T get(Object key, Supplier<T> compute, ToLongFunction<T> rows, ToLongFunction<T> held) {
        long now = clock.getAsLong();
        CompletableFuture<Object> mine = new CompletableFuture<>();
        Entry entry = entries.compute(key, (k, old) -> old == null || old.value.isCompletedExceptionally() ? new Entry(mine, now) : old);
        if (entry.value == mine) {
            return computeInto(key, entry, compute, rows, held);
        }
        entry.lastUsed = now;
        if (entry.value.isDone() && !entry.fresh(now) && entry.refreshing.compareAndSet(false, true)) {
            refreshInBackground(key, entry, compute, rows, held);
        }
        return await(entry);
    }

    /** Whether a fresh or stale value is there for the key (a warm-up skips those). */
    boolean holds(Object key) {
        Entry entry = entries.get(key);
        return entry != null && entry.value.isDone() && !entry.value.isCompletedExceptionally();
    }

    long rowsHeld() {
        return entries.values().stream().mapToLong(e -> e.held).sum();
    }

    private <T> T computeInto(Object key, Entry entry, Supplier<T> compute, ToLongFunction<T> rows, ToLongFunction<T> held) {
        long started = clock.getAsLong();
        try {
            T value = compute.get();
            long done = clock.getAsLong();
            entry.ttl = ttlFor(done - started);
            entry.held = held.applyAsLong(value);
            // Used just now: dated from its start, a result that took seconds looked least recently used and
            // was evicted by its own arrival (the 439,285 matches of "oleh-oleh balikpapan", 10 s each time).
            entry.lastUsed = done;
            entry.value.complete(value);
            if (rows.applyAsLong(value) < MIN_ROWS_CACHED) {
                entries.remove(key, entry);
            }
            evict(entry.createdAt);
            return value;
        } catch (RuntimeException e) {
            entry.value.completeExceptionally(e);
            entries.remove(key, entry);
            throw e;
        }
    }

    private <T> void refreshInBackground(Object key, Entry stale, Supplier<T> compute, ToLongFunction<T> rows,
            ToLongFunction<T> held) {
        Runnable refresh = () -> {
            long started = clock.getAsLong();
            try {
                T value = compute.get();
                Entry fresh = new Entry(CompletableFuture.completedFuture(value), clock.getAsLong());
                fresh.ttl = ttlFor(fresh.createdAt - started);
                fresh.held = held.applyAsLong(value);
                fresh.lastUsed = stale.lastUsed;
                if (rows.applyAsLong(value) >= MIN_ROWS_CACHED) {
                    entries.replace(key, stale, fresh);
                } else {
                    entries.remove(key, stale);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Refreshing a catalogue result failed; the old one is served until the next try", e);
                stale.refreshing.set(false);
            }
        };
        try {
            (executor != null ? executor : background).execute(refresh);
        } catch (RuntimeException rejected) {
            stale.refreshing.set(false);
        }
    }

    private static long ttlFor(long computeMillis) {
        return Math.min(MAX_TTL_MILLIS, Math.max(TTL_MILLIS, COST_FACTOR * computeMillis));
    }

    @SuppressWarnings("unchecked")
    private static <T> T await(Entry entry) {
        try {
            return (T) entry.value.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Drops idle entries, then the least recently used ones while more than MAX_ROWS rows are held. */
    private void evict(long now) {
        entries.entrySet().removeIf(e -> e.getValue().value.isDone() && now - e.getValue().lastUsed > IDLE_MILLIS);
        long held = rowsHeld();
        if (held <= MAX_ROWS) {
            return;
        }
        for (var e : entries.entrySet().stream().filter(e -> e.getValue().value.isDone())
                .sorted(Comparator.comparingLong(e -> e.getValue().lastUsed)).toList()) {
            if (held <= MAX_ROWS) {
                break;
            }
            if (entries.remove(e.getKey(), e.getValue())) {
                held -= e.getValue().held;
            }
        }
    }
}
