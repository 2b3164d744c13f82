package id.umkm.portal.seller;

import id.umkm.portal.testsupport.TestDatabase;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Fresh, active SELLER accounts for the seller tests, with the demo password (needs the demo data loaded). */
final class SellerTestAccounts {

    static final String PASSWORD = "umkm-demo-2026";

    private SellerTestAccounts() {
    }

    static String freshSeller(String fullName) {
        String email = "toko-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        TestDatabase.update("""
                INSERT INTO account (email, full_name, password_hash, status, email_verified_at, preferred_locale, created_at)
                SELECT ?, ?, password_hash, 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)
                  FROM account WHERE email = 'penjual@demo.umkm.id'""", email, fullName);
        TestDatabase.update("INSERT INTO account_role (account_id, role) SELECT id, 'SELLER' FROM account WHERE email = ?", email);
        return email;
    }

    /** A NIB the OSS simulator does not know (answers NOT_FOUND), unique enough for one test run. */
    static String unknownNib() {
        return "7" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    /** A NIB for which the OSS simulator answers as if OSS were unreachable. */
    static String unreachableNib() {
        return "000000" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }
}
