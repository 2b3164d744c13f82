package id.umkm.portal.consignment.application;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The few conversions the consignment services need around native SQL (UTC DATETIME(6), DATE, DECIMAL). */
final class Sql {

    private Sql() {
    }

    static Query query(EntityManager em, String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            query.setParameter(i + 1, p instanceof Instant instant ? utc(instant) : p);
        }
        return query;
    }

    static int update(EntityManager em, String sql, Object... params) {
        return query(em, sql, params).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(EntityManager em, String sql, Object... params) {
        List<?> rows = query(em, sql, params).getResultList();
        return rows.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
    }

    /** Positional placeholders ?first, ?first+1, … for an IN list of count values. */
    static String params(int first, int count) {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < count; i++) {
            in.append(i == 0 ? "?" : ", ?").append(first + i);
        }
        return in.toString();
    }

    /** Inserts a row and answers its generated id (LAST_INSERT_ID of this transaction's connection). */
    static long insert(EntityManager em, String sql, Object... params) {
        update(em, sql, params);
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    /** Whether the statement failed on a unique key (SQLSTATE 23000, MySQL/MariaDB error 1062). */
    static boolean isDuplicateKey(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == 1062) {
                return true;
            }
        }
        return false;
    }

    static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("Not a time: " + value.getClass());
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static long longOf(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static int intOf(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
