package id.umkm.portal.training.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Reading the columns of native queries: DATETIME(6) columns hold UTC, booleans may come back as numbers. */
final class SqlValues {

    private SqlValues() {
    }

    static Instant instant(Object dateTime) {
        if (dateTime == null) {
            return null;
        }
        LocalDateTime local = dateTime instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) dateTime;
        return local.toInstant(ZoneOffset.UTC);
    }

    static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
