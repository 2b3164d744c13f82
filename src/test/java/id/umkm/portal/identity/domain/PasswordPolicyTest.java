package id.umkm.portal.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void refusesShortLongCommonAndEmailLikePasswords() {
        assertThat(PasswordPolicy.violation("pendek", "a@b.id")).hasValue("password.tooShort");
        assertThat(PasswordPolicy.violation(null, "a@b.id")).hasValue("password.tooShort");
        assertThat(PasswordPolicy.violation("x".repeat(129), "a@b.id")).hasValue("password.tooLong");
        assertThat(PasswordPolicy.violation("Balikpapan123", "a@b.id")).hasValue("password.tooCommon");
        assertThat(PasswordPolicy.violation("sitiaminah99", "SitiAminah99@contoh.id")).hasValue("password.sameAsEmail");
    }

    @Test
    void acceptsALongEnoughUncommonPassphrase() {
        assertThat(PasswordPolicy.violation("kue bingka manis", "siti@contoh.id")).isEmpty();
        assertThat(PasswordPolicy.violation("x".repeat(128), "siti@contoh.id")).isEmpty();
    }
}
