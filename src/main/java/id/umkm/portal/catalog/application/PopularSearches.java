package id.umkm.portal.catalog.application;

import id.umkm.portal.catalog.infrastructure.JdbcPopularSearches;
import id.umkm.portal.catalog.infrastructure.JdbcPopularSearches.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which texts visitors search for, counted in memory and added to the database every run of the
 * catalogue's timer, so that every server (also one just started) computes the result sets of the
 * popular texts before a visitor asks for them.
 */
@ApplicationScoped
public class PopularSearches {

    /** How many texts each server keeps computed ahead. */
    static final int WARM_TEXTS = 40;
    private static final Duration RECENT = Duration.ofDays(7);
    /** A text longer than the column is not worth remembering. */
    private static final int MAX_LENGTH = 200;

    private final Map<String, Tally> pending = new ConcurrentHashMap<>();

    @Inject
    JdbcPopularSearches store;

    @Inject
    CatalogSearch catalog;

    @Inject
    Clock clock;

    void searched(List<String> words, int matches) {
        String text = String.join(" ", words);
        if (!text.isEmpty() && text.length() <= MAX_LENGTH) {
            pending.merge(text, new Tally(1, matches), (a, b) -> new Tally(a.searches() + b.searches(), b.matches()));
        }
    }

    /** Adds this server's counts to the shared table, then computes the popular texts this server lacks. */
    public void flushAndWarm() {
        Map<String, Tally> taken = new HashMap<>();
        for (String text : List.copyOf(pending.keySet())) {
            Tally tally = pending.remove(text);
            if (tally != null) {
                taken.put(text, tally);
            }
        }
        if (!taken.isEmpty()) {
            store.add(taken, clock.instant());
        }
        for (String text : store.top(clock.instant().minus(RECENT), (int) CatalogResultCache.MIN_ROWS_CACHED, WARM_TEXTS)) {
            catalog.warm(List.of(text.split(" ")));
        }
    }
}
