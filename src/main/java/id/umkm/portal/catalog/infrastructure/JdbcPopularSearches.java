package id.umkm.portal.catalog.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The catalog_popular_search table (V15): searches counted by every server, read to warm each server's cache. */
@ApplicationScoped
public class JdbcPopularSearches {

    /** Searches of one text since the last flush, and how many products it matched last time. */
    public record Tally(long searches, int matches) {
    }

    @Resource(lookup = "java:app/jdbc/umkm")
    DataSource dataSource;

    public void add(Map<String, Tally> tallies, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO catalog_popular_search (words, searches, matches, last_searched_at) VALUES (?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE searches = searches + ?, matches = ?, last_searched_at = ?")) {
            LocalDateTime utc = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            for (Map.Entry<String, Tally> e : tallies.entrySet()) {
                s.setString(1, e.getKey());
                s.setLong(2, e.getValue().searches());
                s.setInt(3, e.getValue().matches());
                s.setObject(4, utc);
                s.setLong(5, e.getValue().searches());
                s.setInt(6, e.getValue().matches());
                s.setObject(7, utc);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Counting catalogue searches failed", e);
        }
    }

    /** The most searched texts since the given time that match at least minMatches products. */
    public List<String> top(Instant since, int minMatches, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT words FROM catalog_popular_search WHERE last_searched_at >= ? AND matches >= ?"
                        + " ORDER BY searches DESC LIMIT ?")) {
            s.setObject(1, LocalDateTime.ofInstant(since, ZoneOffset.UTC));
            s.setInt(2, minMatches);
            s.setInt(3, limit);
            List<String> words = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    words.add(rs.getString(1));
                }
            }
            return words;
        } catch (SQLException e) {
            throw new PersistenceException("Reading popular catalogue searches failed", e);
        }
    }
}
