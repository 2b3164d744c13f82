package id.umkm.portal.catalog;

import id.umkm.portal.testsupport.TestDatabase;
import java.util.UUID;

/** Seller accounts and profiles made directly in the database, with the demo password, for the product tests. */
final class ProductTestSellers {

    static final String PASSWORD = "umkm-demo-2026";

    record TestSeller(String email, long accountId, long sellerId) {
    }

    private ProductTestSellers() {
    }

    /** A SELLER account with a profile in the given status, kecamatan and scale (null for a fresh draft). */
    static TestSeller create(String name, String status, Integer kecamatanId, String scale) {
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID().toString().substring(0, 8)
                + "@uji.umkm.id";
        TestDatabase.update("INSERT INTO account (email, full_name, password_hash, status, email_verified_at, preferred_locale, created_at)"
                + " SELECT ?, ?, password_hash, 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6) FROM account"
                + " WHERE email = 'penjual@demo.umkm.id'", email, name);
        long accountId = TestDatabase.count("SELECT id FROM account WHERE email = ?", email);
        TestDatabase.update("INSERT INTO account_role (account_id, role) VALUES (?, 'SELLER')", accountId);
        TestDatabase.update("INSERT INTO seller (account_id, business_name, status, kecamatan_id, scale, created_at, updated_at)"
                + " VALUES (?, ?, ?, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))", accountId, name, status, kecamatanId, scale);
        long sellerId = TestDatabase.count("SELECT id FROM seller WHERE account_id = ?", accountId);
        return new TestSeller(email, accountId, sellerId);
    }
}
