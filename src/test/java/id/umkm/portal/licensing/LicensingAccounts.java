package id.umkm.portal.licensing;

import id.umkm.portal.testsupport.TestDatabase;
import java.util.UUID;

/** Fresh, active SELLER accounts with the demo password (needs the demo data loaded). */
final class LicensingAccounts {

    private LicensingAccounts() {
    }

    static String freshSeller(String fullName) {
        String email = "izin-" + UUID.randomUUID().toString().substring(0, 8) + "@contoh.id";
        TestDatabase.update("""
                INSERT INTO account (email, full_name, password_hash, status, email_verified_at, preferred_locale, created_at)
                SELECT ?, ?, password_hash, 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)
                  FROM account WHERE email = 'penjual@demo.umkm.id'""", email, fullName);
        TestDatabase.update("INSERT INTO account_role (account_id, role) SELECT id, 'SELLER' FROM account WHERE email = ?", email);
        return email;
    }
}
