package id.umkm.portal.oss.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import id.umkm.portal.oss.application.NibCheck;
import id.umkm.portal.oss.application.NibRecord;
import org.junit.jupiter.api.Test;

class SimulatedNibRegistryTest {

    private final SimulatedNibRegistry registry = new SimulatedNibRegistry();

    @Test
    void knownNibAnswersWithTheRegistryFacts() {
        NibCheck check = registry.check("9120001234561");
        assertThat(check.outcome()).isEqualTo(NibCheck.Outcome.FOUND);
        NibRecord record = check.found().orElseThrow();
        assertThat(record.businessName()).isEqualTo("Amplang Hasanah");
        assertThat(record.scale()).isEqualTo(NibRecord.Scale.MICRO);
        assertThat(record.umk()).isTrue();
        assertThat(record.isActive()).isTrue();
        assertThat(record.kbliCodes()).containsExactly("10794", "47249");
    }

    @Test
    void revokedNibIsFoundButNotActive() {
        assertThat(registry.check("9120013456783").found().orElseThrow().isActive()).isFalse();
    }

    @Test
    void unknownNibIsNotFoundAndZerosMeanTheRegistryIsUnreachable() {
        assertThat(registry.check("1234567890123").outcome()).isEqualTo(NibCheck.Outcome.NOT_FOUND);
        assertThat(registry.check("1234567890123").found()).isEmpty();
        assertThat(registry.check("0000000000000").outcome()).isEqualTo(NibCheck.Outcome.UNAVAILABLE);
        assertThat(registry.check("0000001234567").outcome()).isEqualTo(NibCheck.Outcome.UNAVAILABLE);
        assertThat(registry.check(null).outcome()).isEqualTo(NibCheck.Outcome.NOT_FOUND);
    }
}
