package id.umkm.portal.catalog.infrastructure;

import id.umkm.portal.catalog.domain.SearchWords;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The words of product names (table catalog_word), read in product id order: each catch-up reads only
 * the products added since the last (catalog_vocabulary.last_product_id), so it stays cheap at a
 * million products. Renamed products' new words arrive only with a rebuild (not automated: see README).
 */
@ApplicationScoped
public class JdbcCatalogVocabulary {

    private static final int CHUNK = 5_000;

    @Resource(lookup = "java:app/jdbc/umkm")
    DataSource dataSource;

    /** Reads at most maxChunks chunks of new products' names; returns how many products it read. */
    public int catchUp(int maxChunks) {
        int read = 0;
        try (Connection c = dataSource.getConnection()) {
            for (int chunk = 0; chunk < maxChunks; chunk++) {
                long from = lastProductId(c);
                Set<String> words = new LinkedHashSet<>();
                long last = from;
                int rows = 0;
                try (PreparedStatement s = c.prepareStatement("SELECT id, name FROM product WHERE id > ? ORDER BY id LIMIT ?")) {
                    s.setLong(1, from);
                    s.setInt(2, CHUNK);
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            last = rs.getLong(1);
                            rows++;
                            SearchWords.words(rs.getString(2)).stream().filter(SearchWords::indexed).forEach(words::add);
                        }
                    }
                }
                if (rows == 0) {
                    break;
                }
                store(c, words, last);
                read += rows;
            }
        } catch (SQLException e) {
            throw new PersistenceException("Vocabulary catch-up failed", e);
        }
        return read;
    }

    /** Known words starting with the same letter and of a length within reach of the given edit distance. */
    public List<String> candidates(String word, int maxDistance) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT word FROM catalog_word WHERE word LIKE ?"
                     + " AND CHAR_LENGTH(word) BETWEEN ? AND ? LIMIT 5000")) {
            s.setString(1, word.charAt(0) + "%");
            s.setInt(2, word.length() - maxDistance);
            s.setInt(3, word.length() + maxDistance);
            List<String> words = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    words.add(rs.getString(1));
                }
            }
            return words;
        } catch (SQLException e) {
            throw new PersistenceException("Vocabulary look-up failed", e);
        }
    }

    private static long lastProductId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT last_product_id FROM catalog_vocabulary WHERE id = 1");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Two instances catching up at once insert the same words harmlessly and never move the mark backwards. */
    private static void store(Connection c, Set<String> words, long lastId) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement insert = c.prepareStatement("INSERT IGNORE INTO catalog_word (word) VALUES (?)");
             PreparedStatement mark = c.prepareStatement(
                     "UPDATE catalog_vocabulary SET last_product_id = GREATEST(last_product_id, ?) WHERE id = 1")) {
            for (String word : words) {
                insert.setString(1, word);
                insert.addBatch();
            }
            insert.executeBatch();
            mark.setLong(1, lastId);
            mark.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }
}
