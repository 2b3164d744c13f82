package id.umkm.portal.dashboard.infrastructure;

import id.umkm.portal.dashboard.domain.Area;
import id.umkm.portal.dashboard.domain.Count;
import id.umkm.portal.dashboard.domain.FigureSheet;
import id.umkm.portal.dashboard.domain.Figures;
import id.umkm.portal.dashboard.domain.Place;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The summary table dashboard_figure, the baselines and the refresh row, over plain JDBC. */
@ApplicationScoped
public class FigureStore {

    private static final String COLUMNS = Arrays.stream(Count.values()).map(Count::column).collect(Collectors.joining(", "));

    @Resource(lookup = "java:app/jdbc/umkm")
    DataSource dataSource;

    /**
     * Recomputes every month from the first fact up to {@code lastMonth} and replaces the table in one
     * transaction, holding the refresh row's lock throughout: a second instance refreshing at the same
     * moment waits and then recomputes on top, never interleaves. Returns when the figures were computed.
     */
    public Instant refresh(YearMonth lastMonth, Clock clock) throws SQLException {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement("SELECT id FROM dashboard_refresh WHERE id = 1 FOR UPDATE")) {
                    lock.executeQuery().close();
                }
                FigureSheet sheet = new FigureSheet();
                new FactQueries(c, sheet).collectAll();
                List<Area> areas = places(c).stream().map(Place::area).toList();
                YearMonth first = sheet.firstMonth() == null || sheet.firstMonth().isAfter(lastMonth) ? lastMonth : sheet.firstMonth();
                Map<YearMonth, Map<Area, Figures>> figures = sheet.figures(areas, first, lastMonth);
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM dashboard_figure")) {
                    delete.executeUpdate();
                }
                insert(c, figures);
                Instant now = clock.instant();
                try (PreparedStatement done = c.prepareStatement(
                        "UPDATE dashboard_refresh SET refreshed_at = ?, duration_ms = ? WHERE id = 1")) {
                    done.setTimestamp(1, Timestamp.from(now));
                    done.setLong(2, (System.nanoTime() - started) / 1_000_000);
                    done.executeUpdate();
                }
                c.commit();
                return now;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static void insert(Connection c, Map<YearMonth, Map<Area, Figures>> figures) throws SQLException {
        Count[] counts = Count.values();
        String marks = "?, ".repeat(counts.length + 4);
        String sql = "INSERT INTO dashboard_figure (period, kecamatan_id, kelurahan_id, " + COLUMNS + ", permit_median_days)"
                + " VALUES (" + marks.substring(0, marks.length() - 2) + ")";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int pending = 0;
            for (Map.Entry<YearMonth, Map<Area, Figures>> month : figures.entrySet()) {
                for (Map.Entry<Area, Figures> row : month.getValue().entrySet()) {
                    s.setString(1, month.getKey().toString());
                    s.setShort(2, row.getKey().kecamatanId());
                    s.setShort(3, row.getKey().kelurahanId());
                    for (int i = 0; i < counts.length; i++) {
                        s.setLong(4 + i, row.getValue().get(counts[i]));
                    }
                    Double median = row.getValue().permitMedianDays();
                    if (median == null) {
                        s.setNull(4 + counts.length, Types.DECIMAL);
                    } else {
                        s.setBigDecimal(4 + counts.length, BigDecimal.valueOf(median));
                    }
                    s.addBatch();
                    if (++pending % 500 == 0) {
                        s.executeBatch();
                    }
                }
            }
            s.executeBatch();
        }
    }

    /** The figures of one month for the given areas (those with no row yet read as zero). */
    public Map<Area, Figures> month(YearMonth month, List<Area> areas) {
        Map<Area, Figures> result = new LinkedHashMap<>();
        areas.forEach(a -> result.put(a, Figures.empty()));
        query("SELECT period, kecamatan_id, kelurahan_id, " + COLUMNS + ", permit_median_days FROM dashboard_figure WHERE period = ?",
                List.of(month.toString()), (period, area, figures) -> {
                    if (result.containsKey(area)) {
                        result.put(area, figures);
                    }
                });
        return result;
    }

    /** One area's figures month by month from {@code from} to {@code to}, months without a row as zero. */
    public Map<YearMonth, Figures> trend(Area area, YearMonth from, YearMonth to) {
        Map<YearMonth, Figures> result = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            result.put(m, Figures.empty());
        }
        query("SELECT period, kecamatan_id, kelurahan_id, " + COLUMNS + ", permit_median_days FROM dashboard_figure"
                + " WHERE kecamatan_id = ? AND kelurahan_id = ? AND period BETWEEN ? AND ?",
                List.of(area.kecamatanId(), area.kelurahanId(), from.toString(), to.toString()),
                (period, a, figures) -> result.put(period, figures));
        return result;
    }

    public Optional<Instant> refreshedAt() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT refreshed_at FROM dashboard_refresh WHERE id = 1");
                ResultSet rs = s.executeQuery()) {
            Timestamp at = rs.next() ? rs.getTimestamp(1) : null;
            return Optional.ofNullable(at).map(Timestamp::toInstant);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Baseline MSME counts by kecamatan id. */
    public Map<Short, Long> baselines() {
        Map<Short, Long> result = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT kecamatan_id, msme_count FROM dashboard_baseline ORDER BY kecamatan_id");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                result.put(rs.getShort(1), rs.getLong(2));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the baselines in one transaction; false (and nothing saved) when a kecamatan does not exist. */
    public boolean setBaselines(Map<Short, Integer> counts, long staffId, Instant at) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE dashboard_baseline SET msme_count = ?, updated_at = ?, updated_by = ?"
                        + " WHERE kecamatan_id = ?")) {
            c.setAutoCommit(false);
            try {
                for (Map.Entry<Short, Integer> count : counts.entrySet()) {
                    s.setInt(1, count.getValue());
                    s.setTimestamp(2, Timestamp.from(at));
                    s.setLong(3, staffId);
                    s.setShort(4, count.getKey());
                    if (s.executeUpdate() != 1) {
                        c.rollback();
                        return false;
                    }
                }
                c.commit();
                return true;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The city, its kecamatan and their kelurahan, in that order, kecamatan and kelurahan by name. */
    public List<Place> places() {
        try (Connection c = dataSource.getConnection()) {
            return places(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Place> places(Connection c) throws SQLException {
        List<Place> result = new ArrayList<>();
        result.add(new Place(Area.CITY, "balikpapan", "Kota Balikpapan", null, null));
        try (PreparedStatement s = c.prepareStatement("SELECT id, slug, name FROM kecamatan ORDER BY name");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                result.add(new Place(Area.kecamatan(rs.getShort(1)), rs.getString(2), rs.getString(3), rs.getString(2), rs.getString(3)));
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT l.kecamatan_id, l.id, l.slug, l.name, k.slug, k.name"
                + " FROM kelurahan l JOIN kecamatan k ON k.id = l.kecamatan_id ORDER BY k.name, l.name");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                result.add(new Place(Area.kelurahan(rs.getShort(1), rs.getShort(2)), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
            }
        }
        return result;
    }

    private interface RowHandler {
        void row(YearMonth period, Area area, Figures figures);
    }

    private void query(String sql, List<Object> params, RowHandler handler) {
        Count[] counts = Count.values();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Map<Count, Long> values = new EnumMap<>(Count.class);
                    for (int i = 0; i < counts.length; i++) {
                        values.put(counts[i], rs.getLong(4 + i));
                    }
                    BigDecimal median = rs.getBigDecimal(4 + counts.length);
                    handler.row(YearMonth.parse(rs.getString(1)), new Area(rs.getShort(2), rs.getShort(3)),
                            new Figures(values, median == null ? null : median.doubleValue()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
