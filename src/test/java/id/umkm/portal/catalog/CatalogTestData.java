package id.umkm.portal.catalog;

import id.umkm.portal.catalog.domain.CatalogUrls;
import id.umkm.portal.testsupport.TestDatabase;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Sellers and products written straight into the test database, as the seller and product contexts
 * would leave them: a product's kecamatan, scale and visibility copied from its seller (visible only
 * when published and the seller is verified).
 */
final class CatalogTestData {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CatalogTestData() {
    }

    /** A word no other test and no generated product uses: lower-case letters only, so InnoDB indexes it. */
    static String uniqueWord() {
        StringBuilder word = new StringBuilder("uji");
        for (int i = 0; i < 7; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    record Seller(long id, String slug, String name, int kecamatanId, String scale, boolean verified) {
    }

    static Seller seller(String name, String status, int kecamatanId, int kelurahanId, String scale, boolean nibVerified) {
        String slug = CatalogUrls.slugify(name) + "-" + uniqueWord();
        long account = insert("INSERT INTO account (email, full_name, password_hash, status, email_verified_at, preferred_locale, created_at)"
                + " VALUES (?, ?, 'x', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6))", slug + "@katalog.test", name);
        long id = insert("INSERT INTO seller (account_id, slug, business_name, owner_name, nib_verified, kecamatan_id, kelurahan_id,"
                + " category_id, scale, description, status, submitted_at, verified_at, created_at, updated_at)"
                + " VALUES (?, ?, ?, 'Pemilik Uji', ?, ?, ?, 3, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),"
                + " UTC_TIMESTAMP(6))",
                account, slug, name, nibVerified, kecamatanId, kelurahanId, scale, "Usaha " + name + " di Balikpapan.", status);
        return new Seller(id, slug, name, kecamatanId, scale, "VERIFIED".equals(status));
    }

    record Product(long id, String name, String slug) {

        String path() {
            return "/p/" + id + "-" + slug;
        }
    }

    static Product product(Seller seller, String name, String description, int categoryId, long price, String status, int daysAgo) {
        String slug = CatalogUrls.slugify(name);
        boolean visible = seller.verified() && "PUBLISHED".equals(status);
        long id = insert("INSERT INTO product (seller_id, name, slug, description, category_id, price_rupiah, stock, unit, weight_grams,"
                + " status, kecamatan_id, seller_scale, visible, created_at, updated_at, published_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, 12, 'pcs', 250, ?, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),"
                + " UTC_TIMESTAMP(6) - INTERVAL ? DAY)",
                seller.id(), name, slug, description, categoryId, price, status, seller.kecamatanId(), seller.scale(), visible, daysAgo);
        return new Product(id, name, slug);
    }

    /**
     * Many published products of one seller in one batch: "{name} 1", "{name} 2"... with the description
     * given, categories taking turns from the list, and prices 10,000 + 100 x n.
     */
    static void products(Seller seller, String name, String description, int[] categories, int count) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement("INSERT INTO product (seller_id, name,"
                + " slug, description, category_id, price_rupiah, stock, unit, status, kecamatan_id, seller_scale, visible, created_at,"
                + " updated_at, published_at) VALUES (?, ?, ?, ?, ?, ?, 5, 'pcs', 'PUBLISHED', ?, ?, ?, UTC_TIMESTAMP(6),"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) - INTERVAL 10 DAY)")) {
            for (int n = 1; n <= count; n++) {
                s.setLong(1, seller.id());
                s.setString(2, name + " " + n);
                s.setString(3, CatalogUrls.slugify(name + " " + n));
                s.setString(4, description);
                s.setInt(5, categories[n % categories.length]);
                s.setLong(6, 10_000 + 100L * n);
                s.setInt(7, seller.kecamatanId());
                s.setString(8, seller.scale());
                s.setBoolean(9, seller.verified());
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void variant(Product product, String size, String colour, long price, int stock, int order) {
        TestDatabase.update("INSERT INTO product_variant (product_id, size, colour, price_rupiah, stock, sort_order) VALUES (?, ?, ?, ?, ?, ?)",
                product.id(), size, colour, price, stock, order);
    }

    private static long insert(String sql, Object... params) {
        try (Connection c = TestDatabase.connect(); PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
