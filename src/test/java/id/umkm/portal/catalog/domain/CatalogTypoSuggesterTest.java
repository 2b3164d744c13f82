package id.umkm.portal.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogTypoSuggesterTest {

    private static final List<String> WORDS = List.of("keripik", "kerupuk", "kelapa", "batik", "bakso", "amplang", "madu", "mandau");

    @Test
    void findsTheClosestKnownWord() {
        assertThat(TypoSuggester.closest("kripik", WORDS)).hasValue("keripik");
        assertThat(TypoSuggester.closest("krupuk", WORDS)).hasValue("kerupuk");
        assertThat(TypoSuggester.closest("batk", WORDS)).hasValue("batik");
        assertThat(TypoSuggester.closest("amlpang", WORDS)).hasValue("amplang");
    }

    @Test
    void shortWordsAllowOneEditAndLongerTwo() {
        assertThat(TypoSuggester.closest("mdu", WORDS)).hasValue("madu");
        assertThat(TypoSuggester.closest("mdo", WORDS)).isEmpty();
        assertThat(TypoSuggester.closest("amplng", WORDS)).hasValue("amplang");
        assertThat(TypoSuggester.closest("xyzxyz", WORDS)).isEmpty();
    }

    @Test
    void aKnownWordNeedsNoSuggestion() {
        assertThat(TypoSuggester.closest("madu", WORDS)).isEmpty();
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOneEdit() {
        assertThat(TypoSuggester.distance("batik", "btaik")).isEqualTo(1);
        assertThat(TypoSuggester.distance("kripik", "keripik")).isEqualTo(1);
        assertThat(TypoSuggester.distance("", "abc")).isEqualTo(3);
    }
}
