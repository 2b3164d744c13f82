package id.umkm.portal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The orders a match set pages through: every sort, with many equal prices, dates and scores, ties by id. */
class CatalogMatchOrderTest {

    private record Match(long id, long price, long published, boolean nameMatch, double score) {
    }

    private final List<Match> matches = randomMatches(3_000);
    private final MatchSet set = setOf(matches);

    @Test
    void relevanceRanksNameMatchesFirstThenScoreThenNewestId() {
        assertThat(all(CatalogSort.RELEVANCE)).containsExactlyElementsOf(expected(Comparator.comparing((Match m) -> !m.nameMatch())
                .thenComparing(Comparator.comparingDouble(Match::score).reversed()).thenComparing(Comparator.comparingLong(Match::id).reversed())));
    }

    @Test
    void newestFirstThenHigherId() {
        assertThat(all(CatalogSort.NEWEST)).containsExactlyElementsOf(expected(Comparator.comparingLong(Match::published).reversed()
                .thenComparing(Comparator.comparingLong(Match::id).reversed())));
    }

    @Test
    void cheapestFirstThenLowerId() {
        assertThat(all(CatalogSort.PRICE_ASC)).containsExactlyElementsOf(expected(Comparator.comparingLong(Match::price)
                .thenComparingLong(Match::id)));
    }

    @Test
    void dearestFirstThenHigherId() {
        assertThat(all(CatalogSort.PRICE_DESC)).containsExactlyElementsOf(expected(Comparator.comparingLong(Match::price).reversed()
                .thenComparing(Comparator.comparingLong(Match::id).reversed())));
    }

    @Test
    void pagesAreSlicesOfTheSameOrder() {
        List<Long> whole = all(CatalogSort.PRICE_ASC);
        List<Long> third = set.page(query(CatalogSort.PRICE_ASC, 3, 24));
        assertThat(third).containsExactlyElementsOf(whole.subList(48, 72));
    }

    private List<Long> all(CatalogSort sort) {
        return set.page(query(sort, 1, matches.size()));
    }

    private List<Long> expected(Comparator<Match> order) {
        return matches.stream().sorted(order).map(Match::id).toList();
    }

    private static CatalogQuery query(CatalogSort sort, int page, int size) {
        return new CatalogQuery("x", List.of("x"), List.of(), null, null, null, null, null, sort, page, size);
    }

    private static List<Match> randomMatches(int n) {
        Random random = new Random(42);
        List<Long> ids = new ArrayList<>();
        for (long id = 1; id <= n; id++) {
            ids.add(id * 7 + random.nextInt(7));
        }
        Collections.shuffle(ids, random);
        List<Match> matches = new ArrayList<>();
        for (long id : ids) {
            matches.add(new Match(id, 1_000L * (1 + random.nextInt(40)), 1_790_000_000_000L + 86_400_000L * random.nextInt(30),
                    random.nextInt(3) == 0, random.nextInt(25) / 4.0));
        }
        return matches;
    }

    private static MatchSet setOf(List<Match> matches) {
        MatchSet set = new MatchSet(matches.size());
        for (Match m : matches) {
            double nameScore = m.nameMatch() ? 1 : 0;
            set.add(m.id(), (short) 1, (short) 1, "MICRO", m.price(), m.published(), nameScore, m.score() - 3 * nameScore);
        }
        return set;
    }
}
