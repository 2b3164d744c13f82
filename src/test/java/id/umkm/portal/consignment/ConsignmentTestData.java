package id.umkm.portal.consignment;

import id.umkm.portal.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** Consignors and cashiers written straight into the test database (demo data loaded first), with the demo password. */
final class ConsignmentTestData {

    static final String PASSWORD = "umkm-demo-2026";

    record Seller(long id, String email, String name) {
    }

    private ConsignmentTestData() {
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A verified seller with a payout account, so payout batches can pay it. */
    static Seller seller(String name) {
        String tag = unique();
        String email = "penitip-" + tag + "@uji-konsinyasi.id";
        long account = account(email, "Pemilik " + name, "SELLER");
        long id = insert("INSERT INTO seller (account_id, slug, business_name, owner_name, nib_verified, kecamatan_id, kelurahan_id,"
                + " category_id, scale, description, payout_method, payout_provider, payout_account_number, payout_account_holder,"
                + " status, submitted_at, verified_at, created_at, updated_at) VALUES (?, ?, ?, 'Pemilik Uji', FALSE, 3,"
                + " (SELECT MIN(id) FROM kelurahan WHERE kecamatan_id = 3), 8, 'MICRO', 'Usaha uji', 'BANK', 'BRI', ?, 'Pemilik Uji',"
                + " 'VERIFIED', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                account, "penitip-" + tag, name + " " + tag, "0023" + tag.hashCode());
        return new Seller(id, email, name + " " + tag);
    }

    /** Another OUTLET_CASHIER account; returns its email. */
    static String cashier() {
        String email = "kasir-" + unique() + "@uji-konsinyasi.id";
        account(email, "Kasir Uji", "OUTLET_CASHIER");
        return email;
    }

    private static long account(String email, String name, String role) {
        long id = insert("INSERT INTO account (email, full_name, password_hash, status, email_verified_at, preferred_locale, created_at)"
                + " SELECT ?, ?, password_hash, 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6) FROM account"
                + " WHERE email = 'pembeli@demo.umkm.id'", email, name);
        TestDatabase.update("INSERT INTO account_role (account_id, role) VALUES (?, ?)", id, role);
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
