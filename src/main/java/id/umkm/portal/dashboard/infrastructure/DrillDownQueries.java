package id.umkm.portal.dashboard.infrastructure;

import id.umkm.portal.dashboard.application.DrillDownLine;
import id.umkm.portal.dashboard.application.DrillDownList;
import id.umkm.portal.dashboard.domain.Area;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The records behind a month's figures, newest first, at most {@code limit}: each query uses the
 * same rule and the same month boundaries (WITA) as the figure it explains.
 */
@ApplicationScoped
public class DrillDownQueries {

    @Resource(lookup = "java:app/jdbc/umkm")
    DataSource dataSource;

    public List<DrillDownLine> lines(DrillDownList list, Instant from, Instant to, Area area, int limit) {
        String sql = switch (list) {
            case SELLERS -> "SELECT CONCAT('#', s.id), s.business_name, l.name, s.status, s.submitted_at, NULL"
                    + " FROM seller s LEFT JOIN kelurahan l ON l.id = s.kelurahan_id"
                    + " WHERE s.submitted_at >= ? AND s.submitted_at < ? AND s.status IN ('SUBMITTED', 'VERIFIED', 'SUSPENDED')"
                    + where(area, "s.kecamatan_id", "s.kelurahan_id") + " ORDER BY s.submitted_at DESC";
            case ORDERS -> "SELECT o.order_number, s.business_name, l.name, o.status, o.paid_at, o.items_rupiah"
                    + " FROM orders o JOIN seller s ON s.id = o.seller_id LEFT JOIN kelurahan l ON l.id = s.kelurahan_id"
                    + " WHERE o.paid_at >= ? AND o.paid_at < ? AND o.status IN ('PAID', 'PROCESSING', 'SHIPPED', 'COMPLETED')"
                    + where(area, "s.kecamatan_id", "s.kelurahan_id") + " ORDER BY o.paid_at DESC";
            case TRAINING -> "SELECT p.title, s.business_name, l.name, e.status, e.applied_at, NULL"
                    + " FROM training_enrollment e JOIN training_programme p ON p.id = e.programme_id"
                    + " JOIN seller s ON s.id = e.seller_id LEFT JOIN kelurahan l ON l.id = s.kelurahan_id"
                    + " WHERE e.applied_at >= ? AND e.applied_at < ?"
                    + where(area, "e.kecamatan_id", "CASE WHEN s.kecamatan_id = e.kecamatan_id THEN s.kelurahan_id END")
                    + " ORDER BY e.applied_at DESC";
            case PERMITS -> "SELECT CONCAT(COALESCE(a.tracking_number, CONCAT('#', a.id)), ' ', t.code), a.business_name, l.name,"
                    + " a.status, a.submitted_at, NULL"
                    + " FROM permit_application a JOIN permit_type t ON t.id = a.permit_type_id"
                    + " LEFT JOIN seller s ON s.account_id = a.applicant_account_id LEFT JOIN kelurahan l ON l.id = s.kelurahan_id"
                    + " WHERE a.submitted_at >= ? AND a.submitted_at < ?"
                    + where(area, "s.kecamatan_id", "s.kelurahan_id") + " ORDER BY a.submitted_at DESC";
        };
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql + " LIMIT ?")) {
            int i = 1;
            s.setTimestamp(i++, Timestamp.from(from));
            s.setTimestamp(i++, Timestamp.from(to));
            if (area.kecamatanId() != 0) {
                s.setShort(i++, area.kecamatanId());
            }
            if (area.kelurahanId() != 0) {
                s.setShort(i++, area.kelurahanId());
            }
            s.setInt(i, limit);
            List<DrillDownLine> lines = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    long amount = rs.getLong(6);
                    Long amountOrNull = rs.wasNull() ? null : amount;
                    lines.add(new DrillDownLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), amountOrNull));
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new PersistenceException(sql, e);
        }
    }

    private static String where(Area area, String kecamatanColumn, String kelurahanColumn) {
        String sql = area.kecamatanId() == 0 ? "" : " AND " + kecamatanColumn + " = ?";
        return area.kelurahanId() == 0 ? sql : sql + " AND " + kelurahanColumn + " = ?";
    }
}
