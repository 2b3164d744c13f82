package id.umkm.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateTest {

    @Test
    void codesAreThreeGroupsOfFourWithoutLookAlikeCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = Certificate.newCode();
            assertThat(code).matches("[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
            seen.add(code);
        }
        assertThat(seen).hasSize(2000);
    }

    @Test
    void typedCodesAreReadInAnyCaseWithOrWithoutDashes() {
        assertThat(Certificate.normalise("7kqm2xhpr9td")).isEqualTo("7KQM-2XHP-R9TD");
        assertThat(Certificate.normalise(" 7KQM 2XHP-r9td ")).isEqualTo("7KQM-2XHP-R9TD");
        assertThat(Certificate.normalise("7KQM")).isEqualTo("7KQM");
        assertThat(Certificate.normalise(null)).isEmpty();
    }
}
