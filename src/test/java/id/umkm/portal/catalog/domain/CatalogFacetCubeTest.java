package id.umkm.portal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogFacetCubeTest {

    private static CatalogQuery query(Short category, Short kecamatan, String scale, Long min, Long max) {
        return new CatalogQuery(null, List.of(), List.of(), category, kecamatan, min, max, scale, CatalogSort.NEWEST, 1, 24);
    }

    /** Two products in category 1/kecamatan 1/MICRO priced 10k and 60k; one in category 2/kecamatan 2/SMALL priced 30k. */
    private static MatchSet threeProducts() {
        MatchSet set = new MatchSet(4);
        set.add(1, (short) 1, (short) 1, "MICRO", 10_000, 3, 0, 1);
        set.add(2, (short) 1, (short) 1, "MICRO", 60_000, 2, 2, 2);
        set.add(3, (short) 2, (short) 2, "SMALL", 30_000, 1, 1, 1);
        return set;
    }

    @Test
    void eachFacetCountsWithTheOtherFiltersOnly() {
        CatalogQuery q = query((short) 1, null, null, null, null);
        FacetCube cube = threeProducts().cube(q);
        assertThat(cube.total(q)).isEqualTo(2);
        assertThat(cube.categories(q)).isEqualTo(Map.of((short) 1, 2L, (short) 2, 1L));
        assertThat(cube.kecamatan(q)).isEqualTo(Map.of((short) 1, 2L));
        assertThat(cube.scales(q)).isEqualTo(Map.of("MICRO", 2L));
        assertThat(cube.priceBuckets(q)).isEqualTo(Map.of(0, 1L, 2, 1L));
    }

    @Test
    void thePriceFacetIgnoresThePriceRangeWhileOthersApplyIt() {
        CatalogQuery q = query(null, null, null, 20_000L, 70_000L);
        FacetCube cube = threeProducts().cube(q);
        assertThat(cube.total(q)).isEqualTo(2);
        assertThat(cube.categories(q)).isEqualTo(Map.of((short) 1, 1L, (short) 2, 1L));
        assertThat(cube.priceBuckets(q)).isEqualTo(Map.of(0, 1L, 1, 1L, 2, 1L));
    }

    @Test
    void pagesFollowTheSortAndFilters() {
        MatchSet set = threeProducts();
        assertThat(set.page(query(null, null, null, null, null))).containsExactly(1L, 2L, 3L);
        CatalogQuery relevance = new CatalogQuery("x", List.of("x"), List.of(), null, null, null, null, null, CatalogSort.RELEVANCE, 1, 24);
        assertThat(set.page(relevance)).containsExactly(2L, 3L, 1L);
        CatalogQuery cheapFirst = new CatalogQuery(null, List.of(), List.of(), null, null, null, null, null, CatalogSort.PRICE_ASC, 1, 2);
        assertThat(set.page(cheapFirst)).containsExactly(1L, 3L);
        assertThat(set.page(cheapFirst.withPage(2))).containsExactly(2L);
        assertThat(set.page(query(null, (short) 2, null, null, null))).containsExactly(3L);
    }
}
