package id.umkm.portal.shared.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times are stored in UTC and shown in the city's zone, WITA. */
public final class CityTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Makassar");

    private CityTime() {
    }

    public static ZonedDateTime local(Instant instant) {
        return instant.atZone(ZONE);
    }

    /** "23 Nov 2026 14.05 WITA" (id) or "23 Nov 2026 14:05 WITA" (en). */
    public static String format(Instant instant, Locale locale) {
        String pattern = "id".equals(locale.getLanguage()) ? "d MMM yyyy HH.mm" : "d MMM yyyy HH:mm";
        return DateTimeFormatter.ofPattern(pattern, locale).format(local(instant)) + " WITA";
    }
}
