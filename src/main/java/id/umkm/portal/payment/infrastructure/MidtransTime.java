package id.umkm.portal.payment.infrastructure;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Midtrans writes times as "2026-11-23 21:15:00" in Jakarta time (WIB), and order times with an offset. */
public final class MidtransTime {

    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    private MidtransTime() {
    }

    public static String local(Instant instant) {
        return LOCAL.format(instant.atZone(WIB));
    }

    public static String withOffset(Instant instant) {
        return WITH_OFFSET.format(instant.atZone(WIB));
    }

    public static Optional<Instant> parseLocal(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(text.trim(), LOCAL).atZone(WIB).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Optional<Instant> parseWithOffset(String text) {
        try {
            return Optional.of(java.time.OffsetDateTime.parse(text.trim(), WITH_OFFSET).toInstant());
        } catch (DateTimeParseException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
