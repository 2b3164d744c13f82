package id.umkm.portal.identity.domain;

import java.time.Duration;

/** After this many wrong passwords in a row an account is locked for a while. */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK = Duration.ofMinutes(15);

    private LoginThrottle() {
    }
}
