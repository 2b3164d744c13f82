package id.umkm.portal.seller.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/** Indonesian mobile (WhatsApp) numbers: typed as 0812..., 62812... or +62 812-..., stored as +62812... */
public final class PhoneNumbers {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");
    /** After the country code or trunk 0: an 8 and 8 to 11 more digits (10 to 13 digits written with 0). */
    private static final Pattern MOBILE = Pattern.compile("8[0-9]{8,11}");

    private PhoneNumbers() {
    }

    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(typed.strip()).replaceAll("");
        String subscriber;
        if (digits.startsWith("+62")) {
            subscriber = digits.substring(3);
        } else if (digits.startsWith("62")) {
            subscriber = digits.substring(2);
        } else if (digits.startsWith("0")) {
            subscriber = digits.substring(1);
        } else {
            return Optional.empty();
        }
        return MOBILE.matcher(subscriber).matches() ? Optional.of("+62" + subscriber) : Optional.empty();
    }

    public static boolean isMobile(String typed) {
        return normalise(typed).isPresent();
    }
}
