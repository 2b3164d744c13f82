package id.umkm.portal.seller.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Amplang Hasanah|amplang-hasanah",
            "  Kepiting   Soka -- Manggar!  |kepiting-soka-manggar",
            "Warung Ma'ruf|warung-maruf",
            "Kue Jum’at Berkah|kue-jumat-berkah",
            "Café Éclair Sepinggan|cafe-eclair-sepinggan",
            "Batik & Tenun Kaltim|batik-dan-tenun-kaltim",
            "Dapur Bu Ñoñó 2026|dapur-bu-nono-2026",
            "UD. Sinar Jaya (Cab. 2)|ud-sinar-jaya-cab-2"})
    void indonesianNamesBecomeAsciiLowerCaseHyphenated(String name, String slug) {
        assertThat(Slugs.of(name)).isEqualTo(slug);
    }

    @Test
    void nameWithoutLettersOrDigitsStillGetsAnAddress() {
        assertThat(Slugs.of("’’ !!")).isEqualTo("toko");
        assertThat(Slugs.of(null)).isEqualTo("toko");
    }

    @Test
    void longNamesAreCutAtAWordBoundaryCharacterWithoutTrailingHyphen() {
        String slug = Slugs.of("Usaha Dagang Keripik Pisang dan Amplang Ikan Tenggiri Khas Balikpapan Ibu Hajjah Siti");
        assertThat(slug).hasSizeLessThanOrEqualTo(Slugs.MAX_BASE_LENGTH).doesNotEndWith("-").startsWith("usaha-dagang");
        assertThat(Slugs.candidate(slug, 12)).hasSizeLessThanOrEqualTo(80);
    }

    @Test
    void collisionsAreNumberedFromTwo() {
        assertThat(Slugs.candidate("amplang-hasanah", 1)).isEqualTo("amplang-hasanah");
        assertThat(Slugs.candidate("amplang-hasanah", 2)).isEqualTo("amplang-hasanah-2");
        assertThat(Slugs.candidate("amplang-hasanah", 3)).isEqualTo("amplang-hasanah-3");
    }
}
