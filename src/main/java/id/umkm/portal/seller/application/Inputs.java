package id.umkm.portal.seller.application;

import java.util.Locale;

/** Tidies what people type: surrounding spaces go, an empty answer counts as no answer. */
final class Inputs {

    private Inputs() {
    }

    static String tidy(String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = typed.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Numbers people copy with spaces or dashes (account numbers, NIB, PIRT). */
    static String digits(String typed) {
        String tidy = tidy(typed);
        return tidy == null ? null : tidy.replaceAll("[\\s\\-.]", "");
    }

    static String upper(String typed) {
        String tidy = digits(typed);
        return tidy == null ? null : tidy.toUpperCase(Locale.ROOT);
    }
}
