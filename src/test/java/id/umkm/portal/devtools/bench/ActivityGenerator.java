package id.umkm.portal.devtools.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Two years of city activity on top of {@link CityDataGenerator}'s sellers, for the dashboard
 * benchmark: buyers and paid, cancelled and expired orders (checkouts, no order lines: the dashboard
 * does not read them), training programmes with applicants, seats, attendance and waiting lists,
 * and permit applications in every state. Deterministic and skipped when already there.
 */
final class ActivityGenerator {

    static final String STAFF_EMAIL = "staf@bench.umkm.id";
    private static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");
    private static final int MINUTES_IN_TWO_YEARS = 2 * 365 * 24 * 60;
    private static final int BUYERS = 5_000;
    private static final int BATCH = 1_000;

    private final Connection connection;
    private final List<long[]> sellers = new ArrayList<>();

    ActivityGenerator(Connection connection) {
        this.connection = connection;
    }

    void generate(int orders, int programmes, int permits) throws SQLException {
        connection.setAutoCommit(false);
        long staff = staffAccount();
        if (count("SELECT COUNT(*) FROM orders WHERE order_number LIKE 'BENCH-%'") > 0) {
            System.out.println("Activity: orders, training and permits already there");
            return;
        }
        loadSellers();
        List<Long> buyers = buyers();
        long started = System.nanoTime();
        orders(orders, buyers);
        report("orders (with checkouts)", orders, started);
        started = System.nanoTime();
        int enrollments = training(programmes, staff);
        report("training enrollments", enrollments, started);
        started = System.nanoTime();
        permits(permits);
        report("permit applications", permits, started);
        try (Statement s = connection.createStatement()) {
            s.execute("ANALYZE TABLE orders, training_enrollment, permit_application");
        }
        connection.commit();
    }

    private long staffAccount() throws SQLException {
        long id = count("SELECT COALESCE(MAX(id), 0) FROM account WHERE email = '" + STAFF_EMAIL + "'");
        if (id > 0) {
            return id;
        }
        long account = insertAccount(STAFF_EMAIL, "Staf Benchmark");
        try (PreparedStatement role = connection.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'DKUMKMP_STAFF')")) {
            role.setLong(1, account);
            role.executeUpdate();
        }
        connection.commit();
        return account;
    }

    private long insertAccount(String email, String name) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO account (email, full_name, password_hash, status,"
                + " email_verified_at, preferred_locale, created_at) VALUES (?, ?, ?, 'ACTIVE', ?, 'id', ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, email);
            s.setString(2, name);
            s.setString(3, CityDataGenerator.PASSWORD_HASH);
            s.setTimestamp(4, Timestamp.from(NOW));
            s.setTimestamp(5, Timestamp.from(NOW));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Verified bench sellers: id, account id, kecamatan. */
    private void loadSellers() throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT id, account_id, kecamatan_id FROM seller WHERE status = 'VERIFIED' ORDER BY id")) {
            while (rs.next()) {
                sellers.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            }
        }
    }

    private List<Long> buyers() throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < BUYERS; i++) {
            ids.add(insertAccount("pembeli-" + i + "@bench.umkm.id", "Pembeli " + i));
        }
        try (PreparedStatement role = connection.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, 'BUYER')")) {
            for (long id : ids) {
                role.setLong(1, id);
                role.addBatch();
            }
            role.executeBatch();
        }
        connection.commit();
        return ids;
    }

    private void orders(int total, List<Long> buyers) throws SQLException {
        try (PreparedStatement checkout = connection.prepareStatement("INSERT INTO checkout (buyer_account_id, idempotency_key,"
                + " total_rupiah, created_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement order = connection.prepareStatement("INSERT INTO orders (order_number, checkout_id, buyer_account_id,"
                     + " seller_id, status, delivery_method, buyer_phone, items_rupiah, delivery_rupiah, total_rupiah, placed_at, pay_by,"
                     + " paid_at, closed_at) VALUES (?, ?, ?, ?, ?, 'PICKUP', '081100000000', ?, 0, ?, ?, ?, ?, ?)")) {
            for (int from = 0; from < total; from += BATCH) {
                int to = Math.min(total, from + BATCH);
                List<Object[]> rows = new ArrayList<>();
                for (int i = from; i < to; i++) {
                    SplittableRandom r = new SplittableRandom(91_000_003L * i);
                    long buyer = buyers.get(r.nextInt(buyers.size()));
                    // Busy sellers sell more: a skewed pick, as in the catalogue's product spread.
                    long[] seller = sellers.get((int) (sellers.size() * Math.pow(r.nextDouble(), 2)));
                    Instant placed = NOW.minus(r.nextInt(MINUTES_IN_TWO_YEARS), ChronoUnit.MINUTES);
                    long items = 15_000 + r.nextInt(485) * 1_000L;
                    double roll = r.nextDouble();
                    String status = roll < 0.70 ? "COMPLETED" : roll < 0.78 ? "SHIPPED" : roll < 0.83 ? "PROCESSING"
                            : roll < 0.90 ? "CANCELLED" : "EXPIRED";
                    boolean paid = roll < 0.83;
                    checkout.setLong(1, buyer);
                    checkout.setString(2, "bench-" + i);
                    checkout.setLong(3, items);
                    checkout.setTimestamp(4, Timestamp.from(placed));
                    checkout.addBatch();
                    rows.add(new Object[] {buyer, seller[0], status, items, placed, paid});
                }
                checkout.executeBatch();
                List<Long> checkoutIds = new ArrayList<>();
                try (ResultSet keys = checkout.getGeneratedKeys()) {
                    while (keys.next()) {
                        checkoutIds.add(keys.getLong(1));
                    }
                }
                for (int i = 0; i < rows.size(); i++) {
                    Object[] row = rows.get(i);
                    Instant placed = (Instant) row[4];
                    boolean paid = (Boolean) row[5];
                    order.setString(1, "BENCH-" + (from + i));
                    order.setLong(2, checkoutIds.get(i));
                    order.setLong(3, (Long) row[0]);
                    order.setLong(4, (Long) row[1]);
                    order.setString(5, (String) row[2]);
                    order.setLong(6, (Long) row[3]);
                    order.setLong(7, (Long) row[3]);
                    order.setTimestamp(8, Timestamp.from(placed));
                    order.setTimestamp(9, Timestamp.from(placed.plus(30, ChronoUnit.MINUTES)));
                    order.setTimestamp(10, paid ? Timestamp.from(placed.plus(4, ChronoUnit.MINUTES)) : null);
                    order.setTimestamp(11, "COMPLETED".equals(row[2]) ? Timestamp.from(placed.plus(3, ChronoUnit.DAYS)) : null);
                    order.addBatch();
                }
                order.executeBatch();
                connection.commit();
            }
        }
    }

    /** Two programmes a month for two years, each with about four applicants per seat. */
    private int training(int programmes, long staff) throws SQLException {
        int enrollments = 0;
        try (PreparedStatement programme = connection.prepareStatement("INSERT INTO training_programme (title, topic, capacity,"
                + " budget_per_participant_rupiah, total_budget_rupiah, registration_opens_at, registration_closes_at, allocation_mode,"
                + " status, created_by, created_at, updated_at) VALUES (?, 'DIGITAL_MARKETING', ?, 0, 0, ?, ?, 'PRIORITY', 'FINISHED', ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS);
             PreparedStatement session = connection.prepareStatement("INSERT INTO training_session (programme_id, title, starts_at,"
                     + " ends_at, attendance_code) VALUES (?, 'Hari 1', ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement enrollment = connection.prepareStatement("INSERT INTO training_enrollment (programme_id, seller_id,"
                     + " account_id, kecamatan_id, status, applied_at) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement attendance = connection.prepareStatement("INSERT INTO training_attendance (session_id, enrollment_id,"
                     + " method, recorded_at, recorded_by) VALUES (?, ?, 'QR', ?, ?)")) {
            for (int p = 0; p < programmes; p++) {
                SplittableRandom r = new SplittableRandom(5_000_011L * p);
                Instant opens = NOW.minus((long) (programmes - p) * 15, ChronoUnit.DAYS);
                Instant closes = opens.plus(10, ChronoUnit.DAYS);
                int capacity = 30 + r.nextInt(70);
                programme.setString(1, "Pelatihan bench " + p);
                programme.setInt(2, capacity);
                programme.setTimestamp(3, Timestamp.from(opens));
                programme.setTimestamp(4, Timestamp.from(closes));
                programme.setLong(5, staff);
                programme.setTimestamp(6, Timestamp.from(opens));
                programme.setTimestamp(7, Timestamp.from(opens));
                programme.executeUpdate();
                long programmeId = key(programme);
                session.setLong(1, programmeId);
                session.setTimestamp(2, Timestamp.from(closes.plus(3, ChronoUnit.DAYS)));
                session.setTimestamp(3, Timestamp.from(closes.plus(3, ChronoUnit.DAYS).plus(6, ChronoUnit.HOURS)));
                session.setString(4, String.format("bench%017d", p));
                session.executeUpdate();
                long sessionId = key(session);
                int applicants = capacity * (3 + r.nextInt(3));
                Set<Integer> chosen = new HashSet<>();
                List<Boolean> attended = new ArrayList<>();
                for (int a = 0; a < applicants; a++) {
                    int index = r.nextInt(sellers.size());
                    if (!chosen.add(index)) {
                        continue;
                    }
                    long[] seller = sellers.get(index);
                    boolean seat = chosen.size() <= capacity;
                    double roll = r.nextDouble();
                    String status = seat ? (roll < 0.7 ? "COMPLETED" : roll < 0.9 ? "NOT_COMPLETED" : "CONFIRMED")
                            : (roll < 0.85 ? "WAITLISTED" : "CANCELLED");
                    enrollment.setLong(1, programmeId);
                    enrollment.setLong(2, seller[0]);
                    enrollment.setLong(3, seller[1]);
                    enrollment.setLong(4, seller[2]);
                    enrollment.setString(5, status);
                    enrollment.setTimestamp(6, Timestamp.from(opens.plus(r.nextInt(10 * 24 * 60), ChronoUnit.MINUTES)));
                    enrollment.addBatch();
                    attended.add("COMPLETED".equals(status) || "NOT_COMPLETED".equals(status) && roll < 0.85);
                }
                enrollment.executeBatch();
                int i = 0;
                try (ResultSet keys = enrollment.getGeneratedKeys()) {
                    while (keys.next()) {
                        if (attended.get(i++)) {
                            attendance.setLong(1, sessionId);
                            attendance.setLong(2, keys.getLong(1));
                            attendance.setTimestamp(3, Timestamp.from(closes.plus(3, ChronoUnit.DAYS)));
                            attendance.setLong(4, staff);
                            attendance.addBatch();
                        }
                    }
                }
                attendance.executeBatch();
                enrollments += attended.size();
                connection.commit();
            }
        }
        return enrollments;
    }

    private void permits(int total) throws SQLException {
        List<long[]> types = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT id, service_days FROM permit_type ORDER BY id")) {
            while (rs.next()) {
                types.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        try (PreparedStatement application = connection.prepareStatement("INSERT INTO permit_application (permit_type_id,"
                + " applicant_account_id, applicant_name, applicant_email, nib, nib_check, business_name, status, created_at,"
                + " submitted_at, status_changed_at, sla_limit_seconds, sla_used_seconds, issued_at)"
                + " SELECT ?, s.account_id, s.owner_name, 'pemohon@bench.umkm.id', s.nib, 'FOUND', s.business_name, ?, ?, ?, ?, ?, ?, ?"
                + " FROM seller s WHERE s.id = ?")) {
            for (int i = 0; i < total; i++) {
                SplittableRandom r = new SplittableRandom(77_000_007L * i);
                long[] seller = sellers.get(r.nextInt(sellers.size()));
                long[] type = types.get(r.nextInt(types.size()));
                long limit = type[1] * 86_400;
                Instant submitted = NOW.minus(r.nextInt(MINUTES_IN_TWO_YEARS), ChronoUnit.MINUTES);
                double roll = r.nextDouble();
                String status = roll < 0.6 ? "ISSUED" : roll < 0.7 ? "REJECTED" : roll < 0.8 ? "VERIFICATION"
                        : roll < 0.9 ? "SUBMITTED" : "REVISION_REQUESTED";
                Instant decided = submitted.plus(1 + r.nextInt((int) type[1] * 2 * 24), ChronoUnit.HOURS);
                long used = "ISSUED".equals(status) || "REJECTED".equals(status) ? (long) (limit * r.nextDouble() * 1.3) : limit / 3;
                application.setLong(1, type[0]);
                application.setString(2, status);
                application.setTimestamp(3, Timestamp.from(submitted));
                application.setTimestamp(4, Timestamp.from(submitted));
                application.setTimestamp(5, Timestamp.from("ISSUED".equals(status) || "REJECTED".equals(status) ? decided : submitted));
                application.setLong(6, limit);
                application.setLong(7, used);
                application.setTimestamp(8, "ISSUED".equals(status) ? Timestamp.from(decided) : null);
                application.setLong(9, seller[0]);
                application.addBatch();
                if ((i + 1) % BATCH == 0) {
                    application.executeBatch();
                    connection.commit();
                }
            }
            application.executeBatch();
            connection.commit();
        }
    }

    private static long key(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void report(String what, long rows, long startedNanos) {
        double seconds = (System.nanoTime() - startedNanos) / 1e9;
        System.out.printf("%s: %,d in %.1f s (%,.0f rows/s)%n", what, rows, seconds, rows / Math.max(seconds, 0.001));
    }
}
