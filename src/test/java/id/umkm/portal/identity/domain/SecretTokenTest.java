package id.umkm.portal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokenTest {

    @Test
    void tokensAreUrlSafeUniqueAndStoredOnlyAsTheirSha256() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            SecretToken token = SecretToken.generate();
            assertThat(token.value()).matches("[A-Za-z0-9_-]{43}");
            assertThat(token.hash()).matches("[0-9a-f]{64}").isEqualTo(SecretToken.hashOf(token.value()));
            assertThat(seen.add(token.value())).isTrue();
        }
        // SHA-256 of "abc", from FIPS 180-2.
        assertThat(SecretToken.hashOf("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
