package id.umkm.portal.catalog.infrastructure;

import id.umkm.portal.catalog.application.ImportJob;
import id.umkm.portal.catalog.application.ImportProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The import jobs' rows (V15_1), through the persistence unit's connection so that a row's product and
 * the job's progress commit in one transaction. Every change a worker makes is conditional on its
 * lease, so a server that lost a job (it stalled, another took over) can save nothing more for it.
 */
@ApplicationScoped
public class JpaImportJobs {

    /** What a worker needs to (re)start processing a job. */
    public record Work(String id, long accountId, String fileName, byte[] content, int processed) {
    }

    @PersistenceContext(unitName = "umkm")
    private EntityManager em;

    public void create(String id, long accountId, String fileName, byte[] content, int total, String worker, Instant leaseUntil,
            Instant now) {
        em.createNativeQuery("INSERT INTO product_import_job (id, account_id, file_name, content, total_rows, state, worker,"
                        + " lease_until, started_at) VALUES (?1, ?2, ?3, ?4, ?5, 'RUNNING', ?6, ?7, ?8)")
                .setParameter(1, id).setParameter(2, accountId).setParameter(3, fileName).setParameter(4, content)
                .setParameter(5, total).setParameter(6, worker).setParameter(7, ts(leaseUntil)).setParameter(8, ts(now))
                .executeUpdate();
    }

    /** The job and its refused rows, only for the account that started it. */
    public Optional<ImportJob> find(String id, long accountId) {
        List<?> rows = em.createNativeQuery("SELECT id, account_id, file_name, total_rows, processed_rows, saved_rows, failed_rows,"
                        + " state, started_at FROM product_import_job WHERE id = ?1 AND account_id = ?2")
                .setParameter(1, id).setParameter(2, accountId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return Optional.of(new ImportJob((String) r[0], ((Number) r[1]).longValue(), (String) r[2], ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), "FINISHED".equals(r[7]),
                instant(r[8]), problems(id)));
    }

    /** The job's file and position, if this worker holds its lease and it is not finished. */
    public Optional<Work> work(String id, String worker) {
        List<?> rows = em.createNativeQuery("SELECT id, account_id, file_name, content, processed_rows FROM product_import_job"
                        + " WHERE id = ?1 AND worker = ?2 AND state = 'RUNNING'")
                .setParameter(1, id).setParameter(2, worker).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new Work((String) r[0], ((Number) r[1]).longValue(), (String) r[2],
                (byte[]) r[3], ((Number) r[4]).intValue())).findFirst();
    }

    /**
     * Counts the row at position {@code index} as processed (saved or refused) and extends the lease:
     * false when this worker no longer holds the job or the row was already counted.
     */
    public boolean advance(String id, String worker, int index, boolean saved, Instant leaseUntil) {
        return em.createNativeQuery("UPDATE product_import_job SET processed_rows = processed_rows + 1,"
                        + " saved_rows = saved_rows + ?1, failed_rows = failed_rows + ?2, lease_until = ?3"
                        + " WHERE id = ?4 AND worker = ?5 AND state = 'RUNNING' AND processed_rows = ?6")
                .setParameter(1, saved ? 1 : 0).setParameter(2, saved ? 0 : 1).setParameter(3, ts(leaseUntil))
                .setParameter(4, id).setParameter(5, worker).setParameter(6, index).executeUpdate() == 1;
    }

    public void addProblems(String id, List<ImportProblem> problems) {
        int seq = 0;
        for (ImportProblem p : problems) {
            em.createNativeQuery("INSERT INTO product_import_problem (job_id, row_no, seq, column_name, message_key, message_args)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, id).setParameter(2, p.row()).setParameter(3, seq++).setParameter(4, p.column() == null ? "" : p.column())
                    .setParameter(5, p.messageKey()).setParameter(6, json(p.args())).executeUpdate();
        }
    }

    /** Ends the job once every row is counted, and drops the file it no longer needs. */
    public boolean finish(String id, String worker, Instant now) {
        return em.createNativeQuery("UPDATE product_import_job SET state = 'FINISHED', finished_at = ?1, content = NULL,"
                        + " worker = NULL, lease_until = NULL WHERE id = ?2 AND worker = ?3 AND state = 'RUNNING'"
                        + " AND processed_rows = total_rows")
                .setParameter(1, ts(now)).setParameter(2, id).setParameter(3, worker).executeUpdate() == 1;
    }

    /** Lets the lease run out now, so the next resumption run (on any server) tries the job again at once. */
    public void release(String id, String worker, Instant now) {
        em.createNativeQuery("UPDATE product_import_job SET lease_until = ?1 WHERE id = ?2 AND worker = ?3 AND state = 'RUNNING'")
                .setParameter(1, ts(now.minusMillis(1))).setParameter(2, id).setParameter(3, worker).executeUpdate();
    }

    /** Running jobs whose worker let the lease run out (it stopped or lost the database). */
    public List<String> abandoned(Instant now) {
        return em.createNativeQuery("SELECT id FROM product_import_job WHERE state = 'RUNNING' AND lease_until < ?1 ORDER BY started_at")
                .setParameter(1, ts(now)).getResultList().stream().map(String.class::cast).toList();
    }

    /** Takes over an abandoned job; exactly one of several servers trying at once gets it. */
    public boolean claim(String id, String worker, Instant now, Instant leaseUntil) {
        return em.createNativeQuery("UPDATE product_import_job SET worker = ?1, lease_until = ?2"
                        + " WHERE id = ?3 AND state = 'RUNNING' AND lease_until < ?4")
                .setParameter(1, worker).setParameter(2, ts(leaseUntil)).setParameter(3, id).setParameter(4, ts(now))
                .executeUpdate() == 1;
    }

    /** Reports are receipts: finished jobs are kept for a while, then deleted with their problems. */
    public int forgetFinishedBefore(Instant limit) {
        return em.createNativeQuery("DELETE FROM product_import_job WHERE state = 'FINISHED' AND finished_at < ?1")
                .setParameter(1, ts(limit)).executeUpdate();
    }

    private List<ImportProblem> problems(String id) {
        List<?> rows = em.createNativeQuery("SELECT row_no, column_name, message_key, message_args FROM product_import_problem"
                + " WHERE job_id = ?1 ORDER BY row_no, seq").setParameter(1, id).getResultList();
        List<ImportProblem> problems = new ArrayList<>();
        for (Object o : rows) {
            Object[] r = (Object[]) o;
            problems.add(new ImportProblem(((Number) r[0]).intValue(), (String) r[1], (String) r[2], args((String) r[3])));
        }
        return problems;
    }

    /** Numbers stay numbers, so that the message formats them as it did when the row was refused. */
    static String json(Object[] args) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object arg : args) {
            if (arg instanceof Integer || arg instanceof Long || arg instanceof Short) {
                array.add(((Number) arg).longValue());
            } else if (arg instanceof Number n) {
                array.add(new BigDecimal(n.toString()));
            } else {
                array.add(String.valueOf(arg));
            }
        }
        return array.build().toString();
    }

    static Object[] args(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().stream().map(JpaImportJobs::arg).toArray();
        }
    }

    private static Object arg(JsonValue value) {
        if (value instanceof JsonNumber n) {
            return n.isIntegral() ? (Object) n.longValue() : n.bigDecimalValue();
        }
        return value instanceof JsonString s ? s.getString() : value.toString();
    }

    /** DATETIME(6) columns hold UTC (as InstantConverter writes them), whatever the session's zone. */
    private static LocalDateTime ts(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        return value instanceof LocalDateTime l ? l.toInstant(ZoneOffset.UTC) : (Instant) value;
    }
}
