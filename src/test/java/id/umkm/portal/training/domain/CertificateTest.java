package id.umkm.portal.training.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.umkm.portal.shared.domain.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
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

    @Test
    void aRevokedCertificateKeepsWhyAndWhenAndCannotBeRevokedTwice() {
        Certificate c = Certificate.issue(7, "Siti", "Amplang Hasanah", "Kemasan", 8, LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 3), Instant.parse("2026-11-04T00:00:00Z"));
        assertThat(c.isValid()).isTrue();
        c.revoke("Kehadiran salah dicatat", Instant.parse("2026-11-05T00:00:00Z"));
        assertThat(c.isValid()).isFalse();
        assertThat(c.getRevokeReason()).isEqualTo("Kehadiran salah dicatat");
        assertThat(c.getRevokedAt()).isEqualTo(Instant.parse("2026-11-05T00:00:00Z"));
        assertThatThrownBy(() -> c.revoke("Lagi", Instant.parse("2026-11-06T00:00:00Z")))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.messageKey()).isEqualTo("training.certificate.alreadyRevoked"));
    }
}
