package id.umkm.portal.licensing.application;

import id.umkm.portal.licensing.domain.PermitType;
import java.security.SecureRandom;
import java.time.LocalDate;

/**
 * Numbers given to applications and permits. Tracking numbers and verification codes are random
 * (the unique keys catch the rare repeat) so nobody can walk through other people's applications.
 */
final class PermitCodes {

    /** No 0/O, 1/I/L: read aloud over the phone and typed from paper. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PermitCodes() {
    }

    static String trackingNumber(LocalDate today) {
        return "IZN-" + String.format("%02d%02d", today.getYear() % 100, today.getMonthValue()) + "-" + random(6);
    }

    static String verificationCode() {
        return random(20);
    }

    static String permitNumber(PermitType type, long applicationId, LocalDate today) {
        return String.format("%s/%06d/DPMPTSP-BPN/%d", type.getCode(), applicationId, today.getYear());
    }

    private static String random(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }
}
