package id.umkm.portal.training.domain;

/** A participant completes a programme by attending at least its minimum share of sessions (80% unless staff set another). */
public final class CompletionRule {

    public static final int DEFAULT_MIN_PERCENT = 80;

    private CompletionRule() {
    }

    public static boolean completed(int attended, int sessions, int minPercent) {
        if (sessions <= 0 || attended < 0 || attended > sessions) {
            throw new IllegalArgumentException(attended + " of " + sessions + " sessions");
        }
        return (long) attended * 100 >= (long) minPercent * sessions;
    }
}
