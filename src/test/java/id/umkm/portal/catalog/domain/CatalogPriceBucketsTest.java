package id.umkm.portal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatalogPriceBucketsTest {

    @Test
    void boundsBelongToTheHigherBucket() {
        assertThat(PriceBuckets.indexOf(1)).isZero();
        assertThat(PriceBuckets.indexOf(24_999)).isZero();
        assertThat(PriceBuckets.indexOf(25_000)).isEqualTo(1);
        assertThat(PriceBuckets.indexOf(99_999)).isEqualTo(2);
        assertThat(PriceBuckets.indexOf(100_000)).isEqualTo(3);
        assertThat(PriceBuckets.indexOf(499_999)).isEqualTo(4);
        assertThat(PriceBuckets.indexOf(7_500_000)).isEqualTo(5);
    }

    @Test
    void everyBucketContainsExactlyItsPrices() {
        for (PriceBuckets.Bucket b : PriceBuckets.all()) {
            assertThat(b.contains(b.min())).isTrue();
            assertThat(PriceBuckets.indexOf(b.min())).isEqualTo(b.index());
            if (b.maxInclusive() != null) {
                assertThat(b.contains(b.maxInclusive())).isTrue();
                assertThat(b.contains(b.maxInclusive() + 1)).isFalse();
                assertThat(PriceBuckets.indexOf(b.maxInclusive())).isEqualTo(b.index());
            }
        }
        assertThat(PriceBuckets.all().get(1).key()).isEqualTo("25000-49999");
        assertThat(PriceBuckets.all().get(5).key()).isEqualTo("500000-");
    }

    @Test
    void sqlCaseMatchesTheJavaBuckets() {
        assertThat(PriceBuckets.sqlCase("p")).isEqualTo("CASE WHEN p >= 500000 THEN 5 WHEN p >= 250000 THEN 4 WHEN p >= 100000 THEN 3"
                + " WHEN p >= 50000 THEN 2 WHEN p >= 25000 THEN 1 ELSE 0 END");
    }
}
