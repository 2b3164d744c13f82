package id.umkm.portal.dashboard.infrastructure;

import id.umkm.portal.dashboard.domain.Count;
import id.umkm.portal.dashboard.domain.FigureSheet;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;

/**
 * The dashboard's read-only queries on the other contexts' tables (the one place allowed to read
 * them directly). Each groups by kecamatan, kelurahan and month in WITA (UTC+8, no daylight saving,
 * so a fixed shift is exact) and hands the groups to a {@link FigureSheet}; distinct counts and the
 * permit durations come as rows because they cannot be summed across areas.
 */
final class FactQueries {

    private static final String MONTH = "DATE_FORMAT(%s + INTERVAL 8 HOUR, '%%Y-%%m')";

    private final Connection connection;
    private final FigureSheet sheet;

    FactQueries(Connection connection, FigureSheet sheet) {
        this.connection = connection;
        this.sheet = sheet;
    }

    void collectAll() throws SQLException {
        sellers();
        products();
        orders();
        outletSales();
        training();
        permits();
    }

    /** Registered: submitted profiles not refused (SUBMITTED, VERIFIED, SUSPENDED), counted from the month submitted. */
    private void sellers() throws SQLException {
        grouped("SELECT kecamatan_id, kelurahan_id, " + month("submitted_at") + " m, COUNT(*), COUNT(*), SUM(nib_verified)"
                + " FROM seller WHERE submitted_at IS NOT NULL AND status IN ('SUBMITTED', 'VERIFIED', 'SUSPENDED')"
                + " GROUP BY kecamatan_id, kelurahan_id, m",
                Count.SELLERS_NEW, Count.SELLERS_REGISTERED, Count.SELLERS_NIB_VERIFIED);
        grouped("SELECT kecamatan_id, kelurahan_id, " + month("verified_at") + " m, COUNT(*)"
                + " FROM seller WHERE status = 'VERIFIED' AND verified_at IS NOT NULL"
                + " GROUP BY kecamatan_id, kelurahan_id, m",
                Count.SELLERS_VERIFIED);
        // Online from the later of verification and the first publication of a product still listed.
        grouped("SELECT s.kecamatan_id, s.kelurahan_id, " + month("GREATEST(p.first_published, s.verified_at)") + " m, COUNT(*)"
                + " FROM seller s JOIN (SELECT seller_id, MIN(published_at) first_published FROM product"
                + " WHERE visible = TRUE AND published_at IS NOT NULL GROUP BY seller_id) p ON p.seller_id = s.id"
                + " WHERE s.status = 'VERIFIED' AND s.verified_at IS NOT NULL"
                + " GROUP BY s.kecamatan_id, s.kelurahan_id, m",
                Count.SELLERS_ONLINE);
    }

    /**
     * Listed: products visible in the catalogue now, counted from the month they became visible: the
     * later of their publication and their seller's verification.
     */
    private void products() throws SQLException {
        grouped("SELECT s.kecamatan_id, s.kelurahan_id, " + month("GREATEST(p.published_at, COALESCE(s.verified_at, p.published_at))")
                + " m, COUNT(*)"
                + " FROM product p JOIN seller s ON s.id = p.seller_id"
                + " WHERE p.visible = TRUE AND p.published_at IS NOT NULL"
                + " GROUP BY s.kecamatan_id, s.kelurahan_id, m",
                Count.PRODUCTS_LISTED);
    }

    /** Paid orders not cancelled afterwards, in the month paid, in the seller's area; every one paid by QRIS. */
    private void orders() throws SQLException {
        String sql = "SELECT s.kecamatan_id, s.kelurahan_id, " + month("o.paid_at") + " m, o.buyer_account_id, o.seller_id,"
                + " COUNT(*), SUM(o.items_rupiah)"
                + " FROM orders o JOIN seller s ON s.id = o.seller_id"
                + " WHERE o.paid_at IS NOT NULL AND o.status IN ('PAID', 'PROCESSING', 'SHIPPED', 'COMPLETED')"
                + " GROUP BY s.kecamatan_id, s.kelurahan_id, m, o.buyer_account_id, o.seller_id";
        eachRow(sql, (month, kecamatan, kelurahan, rs) -> {
            long orders = rs.getLong(6);
            sheet.addDistinct(Count.BUYERS, month, kecamatan, kelurahan, rs.getLong(4));
            sheet.addDistinct(Count.SELLING_SELLERS, month, kecamatan, kelurahan, rs.getLong(5));
            sheet.add(Count.ORDERS_PAID, month, kecamatan, kelurahan, orders);
            sheet.add(Count.GROSS_SALES_RUPIAH, month, kecamatan, kelurahan, rs.getLong(7));
            sheet.add(Count.PAYMENTS_TOTAL, month, kecamatan, kelurahan, orders);
            sheet.add(Count.PAYMENTS_CASHLESS, month, kecamatan, kelurahan, orders);
        });
    }

    /**
     * Counter sales at the consignment outlet paid in the month and not refunded, in the area of each
     * consignor whose goods they contain: a sale counts once per area (and once for the city) however
     * many of its lines lie there; its gross is the sum of those lines.
     */
    private void outletSales() throws SQLException {
        String sql = "SELECT s.kecamatan_id, s.kelurahan_id, " + month("cs.paid_at") + " m, cs.id, cs.tender = 'QRIS',"
                + " SUM(l.gross_rupiah)"
                + " FROM consignment_sale cs JOIN consignment_sale_line l ON l.sale_id = cs.id JOIN seller s ON s.id = l.seller_id"
                + " WHERE cs.status = 'PAID' AND cs.paid_at IS NOT NULL"
                + " GROUP BY s.kecamatan_id, s.kelurahan_id, m, cs.id, cs.tender";
        eachRow(sql, (month, kecamatan, kelurahan, rs) -> {
            long sale = rs.getLong(4);
            sheet.addDistinct(Count.OUTLET_SALES, month, kecamatan, kelurahan, sale);
            if (rs.getBoolean(5)) {
                sheet.addDistinct(Count.OUTLET_SALES_QRIS, month, kecamatan, kelurahan, sale);
            }
            sheet.add(Count.OUTLET_GROSS_RUPIAH, month, kecamatan, kelurahan, rs.getLong(6));
        });
    }

    /**
     * Applications in the month applied, in the kecamatan recorded on the enrollment (the one its seat
     * was counted for), and in the seller's kelurahan when that lies in it.
     */
    private void training() throws SQLException {
        grouped("SELECT e.kecamatan_id, CASE WHEN s.kecamatan_id = e.kecamatan_id THEN s.kelurahan_id END, " + month("e.applied_at") + " m, COUNT(*),"
                + " SUM(e.status IN ('CONFIRMED', 'COMPLETED', 'NOT_COMPLETED')),"
                + " SUM(EXISTS (SELECT 1 FROM training_attendance a WHERE a.enrollment_id = e.id)),"
                + " SUM(e.status IN ('COMPLETED', 'NOT_COMPLETED')),"
                + " SUM(e.status = 'COMPLETED'),"
                + " SUM(e.status = 'WAITLISTED')"
                + " FROM training_enrollment e JOIN seller s ON s.id = e.seller_id"
                + " GROUP BY 1, 2, m",
                Count.TRAINING_APPLICANTS, Count.TRAINING_SEATS, Count.TRAINING_PARTICIPANTS,
                Count.TRAINING_FINISHED, Count.TRAINING_COMPLETED, Count.TRAINING_UNMET);
    }

    /**
     * Applications in the applicant's business area (found through the seller account; applicants
     * without a seller profile count for the city only): submitted in the month, issued in the month
     * with their calendar days from submission, and decided (issued or rejected) in the month with
     * whether the office clock stayed within the permit's service level.
     */
    private void permits() throws SQLException {
        String from = " FROM permit_application a LEFT JOIN seller s ON s.account_id = a.applicant_account_id";
        grouped("SELECT s.kecamatan_id, s.kelurahan_id, " + month("a.submitted_at") + " m, COUNT(*)" + from
                + " WHERE a.submitted_at IS NOT NULL GROUP BY s.kecamatan_id, s.kelurahan_id, m",
                Count.PERMITS_APPLIED);
        String decidedAt = "CASE WHEN a.status = 'ISSUED' THEN a.issued_at ELSE a.status_changed_at END";
        grouped("SELECT s.kecamatan_id, s.kelurahan_id, " + month(decidedAt) + " m, SUM(a.status = 'ISSUED'), COUNT(*),"
                + " SUM(a.sla_used_seconds <= a.sla_limit_seconds)" + from
                + " WHERE a.status IN ('ISSUED', 'REJECTED') AND " + decidedAt + " IS NOT NULL"
                + " GROUP BY s.kecamatan_id, s.kelurahan_id, m",
                Count.PERMITS_ISSUED, Count.PERMITS_DECIDED, Count.PERMITS_WITHIN_SLA);
        String sql = "SELECT s.kecamatan_id, s.kelurahan_id, " + month("a.issued_at") + " m,"
                + " TIMESTAMPDIFF(SECOND, a.submitted_at, a.issued_at)" + from
                + " WHERE a.status = 'ISSUED' AND a.issued_at IS NOT NULL AND a.submitted_at IS NOT NULL";
        eachRow(sql, (month, kecamatan, kelurahan, rs) ->
                sheet.addPermitDays(month, kecamatan, kelurahan, rs.getLong(4) / 86_400.0));
    }

    /** Runs a query of (kecamatan, kelurahan, month, n1, n2, ...) and adds each n to its count. */
    private void grouped(String sql, Count... counts) throws SQLException {
        eachRow(sql, (month, kecamatan, kelurahan, rs) -> {
            for (int i = 0; i < counts.length; i++) {
                sheet.add(counts[i], month, kecamatan, kelurahan, rs.getLong(4 + i));
            }
        });
    }

    /** What is done with one row of a query starting with (kecamatan, kelurahan, month). */
    private interface AreaRow {
        void take(YearMonth month, Short kecamatan, Short kelurahan, ResultSet rs) throws SQLException;
    }

    private void eachRow(String sql, AreaRow action) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                action.take(YearMonth.parse(rs.getString(3)), shortOrNull(rs, 1), shortOrNull(rs, 2), rs);
            }
        }
    }

    private static String month(String column) {
        return MONTH.formatted(column);
    }

    private static Short shortOrNull(ResultSet rs, int column) throws SQLException {
        short value = rs.getShort(column);
        return rs.wasNull() ? null : value;
    }
}
