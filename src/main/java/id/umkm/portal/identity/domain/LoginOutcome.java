package id.umkm.portal.identity.domain;

import java.time.Instant;

/** What a login attempt came to, precise enough to tell the person what to do next. */
public record LoginOutcome(Result result, Account account, Instant lockedUntil, int attemptsLeft) {

    public enum Result { SUCCESS, BAD_CREDENTIALS, LOCKED, NOT_VERIFIED, DISABLED }

    public static LoginOutcome success(Account account) {
        return new LoginOutcome(Result.SUCCESS, account, null, 0);
    }

    public static LoginOutcome badCredentials(int attemptsLeft) {
        return new LoginOutcome(Result.BAD_CREDENTIALS, null, null, attemptsLeft);
    }

    public static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Result.LOCKED, null, until, 0);
    }

    public static LoginOutcome of(Result result) {
        return new LoginOutcome(result, null, null, 0);
    }

    public boolean succeeded() {
        return result == Result.SUCCESS;
    }
}
