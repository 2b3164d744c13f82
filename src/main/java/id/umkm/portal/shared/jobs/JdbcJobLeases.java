package id.umkm.portal.shared.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Leases in the job_lease table, claimed by one conditional UPDATE: InnoDB serialises concurrent updates
 * of the row and re-checks the condition for the later one, so only one claimer sees a row count of 1.
 * Expiry is reckoned on the database's clock, so instances whose clocks drift still agree. Each call
 * commits on its own (jobs run outside transactions).
 */
public final class JdbcJobLeases implements JobLeases {

    private static final String REGISTER = "INSERT IGNORE INTO job_lease (name, held_until) VALUES (?, '2000-01-01')";
    private static final String CLAIM = "UPDATE job_lease SET holder = ?,"
            + " held_until = TIMESTAMPADD(MICROSECOND, ?, UTC_TIMESTAMP(6)), claimed_at = UTC_TIMESTAMP(6),"
            + " claims = claims + 1 WHERE name = ? AND (holder = ? OR held_until <= UTC_TIMESTAMP(6))";
    private static final String RELEASE = "UPDATE job_lease SET held_until = UTC_TIMESTAMP(6) WHERE holder = ?"
            + " AND held_until > UTC_TIMESTAMP(6)";

    private final DataSource dataSource;

    public JdbcJobLeases(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean claim(String job, String holder, Duration hold) {
        try (Connection c = dataSource.getConnection()) {
            if (update(c, CLAIM, holder, hold.toNanos() / 1000, job, holder) == 1) {
                return true;
            }
            // First run of a job ever: create its row, then claim like everybody else.
            return update(c, REGISTER, job) == 1 && update(c, CLAIM, holder, hold.toNanos() / 1000, job, holder) == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim the lease of job " + job, e);
        }
    }

    @Override
    public void releaseAll(String holder) {
        try (Connection c = dataSource.getConnection()) {
            update(c, RELEASE, holder);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release the job leases of " + holder, e);
        }
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            return s.executeUpdate();
        }
    }
}
