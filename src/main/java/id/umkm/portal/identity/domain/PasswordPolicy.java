package id.umkm.portal.identity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Length over complexity (NIST SP 800-63B): at least 10 characters, not the email address, not one
 * of the passwords every attacker tries first. Returns the message key of the first rule broken.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of(
            "1234567890", "12345678910", "0123456789", "qwertyuiop", "password123", "passw0rd123",
            "1q2w3e4r5t", "iloveyou123", "indonesia123", "bismillah123", "balikpapan123", "sayang12345",
            "aaaaaaaaaa", "abcdefghij", "abc1234567", "password12", "qwerty1234", "katasandi123");

    private PasswordPolicy() {
    }

    public static Optional<String> violation(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return Optional.of("password.tooCommon");
        }
        String mail = Account.normaliseEmail(email);
        if (!mail.isEmpty() && (lower.equals(mail) || lower.equals(mail.split("@")[0]))) {
            return Optional.of("password.sameAsEmail");
        }
        return Optional.empty();
    }
}
