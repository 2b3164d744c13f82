package id.umkm.portal.order;

import id.umkm.portal.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * Sellers, products and buyers written straight into the test database, as their own contexts would
 * leave them, with the demo password (the demo data must be loaded first).
 */
final class OrderTestData {

    static final String PASSWORD = "umkm-demo-2026";

    record Seller(long id, long accountId, String email, String name, int kecamatanId) {
    }

    record Product(long id, String name, String path) {
    }

    private OrderTestData() {
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A verified seller with its own SELLER (and BUYER) account. */
    static Seller seller(String name, int kecamatanId) {
        String tag = unique();
        String email = "toko-" + tag + "@uji-pesanan.id";
        long account = account(email, "Pemilik " + name, "SELLER");
        long id = insert("INSERT INTO seller (account_id, slug, business_name, owner_name, nib_verified, kecamatan_id, kelurahan_id,"
                + " category_id, scale, description, status, submitted_at, verified_at, created_at, updated_at)"
                + " SELECT ?, ?, ?, 'Pemilik Uji', FALSE, ?, (SELECT MIN(id) FROM kelurahan WHERE kecamatan_id = ?), 3, 'MICRO',"
                + " 'Usaha uji', 'VERIFIED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)",
                account, "toko-uji-" + tag, name + " " + tag, kecamatanId, kecamatanId);
        return new Seller(id, account, email, name + " " + tag, kecamatanId);
    }

    /** A published, visible product with the given stock. */
    static Product product(Seller seller, String name, long price, int stock) {
        String fullName = name + " " + unique();
        String slug = fullName.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        long id = insert("INSERT INTO product (seller_id, name, slug, description, category_id, price_rupiah, stock, unit,"
                + " status, kecamatan_id, seller_scale, visible, created_at, updated_at, published_at)"
                + " VALUES (?, ?, ?, 'Produk uji pesanan', 3, ?, ?, 'pcs', 'PUBLISHED', ?, 'MICRO', TRUE,"
                + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                seller.id(), fullName, slug, price, stock, seller.kecamatanId());
        return new Product(id, fullName, "/p/" + id + "-" + slug);
    }

    /** A BUYER account; returns its email. */
    static String buyer(String name) {
        String email = "pembeli-" + unique() + "@uji-pesanan.id";
        account(email, name, "BUYER");
        return email;
    }

    static long stock(long productId) {
        return TestDatabase.count("SELECT stock FROM product WHERE id = ?", productId);
    }

    private static long account(String email, String name, String role) {
        long id = insert("INSERT INTO account (email, full_name, password_hash, status, email_verified_at, preferred_locale, created_at)"
                + " SELECT ?, ?, password_hash, 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6) FROM account"
                + " WHERE email = 'pembeli@demo.umkm.id'", email, name);
        TestDatabase.update("INSERT INTO account_role (account_id, role) VALUES (?, ?)", id, role);
        if (!"BUYER".equals(role)) {
            TestDatabase.update("INSERT INTO account_role (account_id, role) VALUES (?, 'BUYER')", id);
        }
        return id;
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
