package id.umkm.portal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void storesAlgorithmIterationsSaltAndKeyButNeverThePassword() {
        String stored = hasher.hash("Amplang-Kepiting-1".toCharArray());
        String[] parts = stored.split(":");
        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA512");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
        assertThat(java.util.Base64.getDecoder().decode(parts[2])).hasSize(32);
        assertThat(stored).doesNotContain("Amplang");
    }

    @Test
    void verifiesTheRightPasswordOnlyAndSaltsEachHash() {
        String first = hasher.hash("Amplang-Kepiting-1".toCharArray());
        String second = hasher.hash("Amplang-Kepiting-1".toCharArray());
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("Amplang-Kepiting-1".toCharArray(), first)).isTrue();
        assertThat(hasher.verify("Amplang-Kepiting-1".toCharArray(), second)).isTrue();
        assertThat(hasher.verify("amplang-kepiting-1".toCharArray(), first)).isFalse();
        assertThat(hasher.verify("Amplang-Kepiting-1".toCharArray(), "garbage")).isFalse();
    }

    @Test
    void asksForRehashWhenStoredWithFewerIterations() {
        String weaker = hasher.hash("Amplang-Kepiting-1".toCharArray()).replace(":210000:", ":1000:");
        assertThat(hasher.needsRehash(weaker)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("x-long-enough".toCharArray()))).isFalse();
    }
}
