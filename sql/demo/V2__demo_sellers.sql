-- Demo sellers: the demo seller penjual@ (Amplang Hasanah) and eight more verified businesses across
-- the six kecamatan, each with its own account (password umkm-demo-2026, like the other demo
-- accounts), plus Kue Bingka Prapatan waiting in the staff verification queue. Their NIBs are the
-- OSS simulator's (SimulatedNibRegistry), so a staff look-up finds them.

INSERT INTO account (email, full_name, password_hash, status, email_verified_at, preferred_locale, created_at) VALUES
('kepiting@demo.umkm.id', 'Pak Darmawan', 'PBKDF2WithHmacSHA512:210000:S8fYZ3D4MoPyUaDVPFlj2h3+ILnoGgHqjB49aMklQZg=:JKfebw3kScy8hqBJ7RAcuUEiSScTyDOxlJV/NAjzAeUSfjYDhcRI7kSDUF0pI6cE5TOQRB8A5hhYcYp6L6NAYQ==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)),
('batik@demo.umkm.id', 'Ibu Ratna Sari', 'PBKDF2WithHmacSHA512:210000:S8fYZ3D4MoPyUaDVPFlj2h3+ILnoGgHqjB49aMklQZg=:JKfebw3kScy8hqBJ7RAcuUEiSScTyDOxlJV/NAjzAeUSfjYDhcRI7kSDUF0pI6cE5TOQRB8A5hhYcYp6L6NAYQ==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)),
('anyaman@demo.umkm.id', 'Pak Yohanes Lahang', 'PBKDF2WithHmacSHA512:210000:S8fYZ3D4MoPyUaDVPFlj2h3+ILnoGgHqjB49aMklQZg=:JKfebw3kScy8hqBJ7RAcuUEiSScTyDOxlJV/NAjzAeUSfjYDhcRI7kSDUF0pI6cE5TOQRB8A5hhYcYp6L6NAYQ==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)),
('manik@demo.umkm.id', 'Ibu Elisabeth Ding', 'PBKDF2WithHmacSHA512:210000:S8fYZ3D4MoPyUaDVPFlj2h3+ILnoGgHqjB49aMklQZg=:JKfebw3kScy8hqBJ7RAcuUEiSScTyDOxlJV/NAjzAeUSfjYDhcRI7kSDUF0pI6cE5TOQRB8A5hhYcYp6L6NAYQ==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)),
('madu@demo.umkm.id', 'Pak Syamsul Bahri', 'PBKDF2WithHmacSHA512:210000:S8fYZ3D4MoPyUaDVPFlj2h3+ILnoGgHqjB49aMklQZg=:JKfebw3kScy8hqBJ7RAcuUEiSScTyDOxlJV/NAjzAeUSfjYDhcRI7kSDUF0pI6cE5TOQRB8A5hhYcYp6L6NAYQ==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)),
('sambal@demo.umkm.id', 'Ibu Fitri Handayani', 'PBKDF2WithHmacSHA512:210000:S8fYZ3D4MoPyUaDVPFlj2h3+ILnoGgHqjB49aMklQZg=:JKfebw3kScy8hqBJ7RAcuUEiSScTyDOxlJV/NAjzAeUSfjYDhcRI7kSDUF0pI6cE5TOQRB8A5hhYcYp6L6NAYQ==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)),
('kopi@demo.umkm.id', 'Pak Hendra Gunawan', 'PBKDF2WithHmacSHA512:210000:S8fYZ3D4MoPyUaDVPFlj2h3+ILnoGgHqjB49aMklQZg=:JKfebw3kScy8hqBJ7RAcuUEiSScTyDOxlJV/NAjzAeUSfjYDhcRI7kSDUF0pI6cE5TOQRB8A5hhYcYp6L6NAYQ==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)),
('dodol@demo.umkm.id', 'Ibu Nurhayati', 'PBKDF2WithHmacSHA512:210000:S8fYZ3D4MoPyUaDVPFlj2h3+ILnoGgHqjB49aMklQZg=:JKfebw3kScy8hqBJ7RAcuUEiSScTyDOxlJV/NAjzAeUSfjYDhcRI7kSDUF0pI6cE5TOQRB8A5hhYcYp6L6NAYQ==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)),
('bingka@demo.umkm.id', 'Ibu Siti Rahmah', 'PBKDF2WithHmacSHA512:210000:S8fYZ3D4MoPyUaDVPFlj2h3+ILnoGgHqjB49aMklQZg=:JKfebw3kScy8hqBJ7RAcuUEiSScTyDOxlJV/NAjzAeUSfjYDhcRI7kSDUF0pI6cE5TOQRB8A5hhYcYp6L6NAYQ==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6));

INSERT INTO account_role (account_id, role)
SELECT id, 'SELLER' FROM account WHERE email IN ('kepiting@demo.umkm.id', 'batik@demo.umkm.id', 'anyaman@demo.umkm.id', 'manik@demo.umkm.id', 'madu@demo.umkm.id', 'sambal@demo.umkm.id', 'kopi@demo.umkm.id', 'dodol@demo.umkm.id', 'bingka@demo.umkm.id')
UNION ALL SELECT id, 'BUYER' FROM account WHERE email IN ('kepiting@demo.umkm.id', 'batik@demo.umkm.id', 'anyaman@demo.umkm.id', 'manik@demo.umkm.id', 'madu@demo.umkm.id', 'sambal@demo.umkm.id', 'kopi@demo.umkm.id', 'dodol@demo.umkm.id', 'bingka@demo.umkm.id');

INSERT INTO seller (account_id, slug, business_name, owner_name, nib, nib_checked_at, nib_verified, nib_check, kbli_mismatch, kecamatan_id, kelurahan_id, address, category_id, scale, phone, women_led, description, payout_method, payout_provider, payout_account_number, payout_account_holder, qris_nmid, pirt_number, halal_number, onboarding_step, status, submitted_at, verified_at, created_at, updated_at)
SELECT id, 'amplang-hasanah', 'Amplang Hasanah', 'Ibu Hasanah', '9120001234561', UTC_TIMESTAMP(6) - INTERVAL 31 DAY, TRUE, 'FOUND', FALSE, 3, 15, 'Jl. Marsma R. Iswahyudi No. 12, Sepinggan', 8, 'MICRO', '+6281254001001', TRUE,
       'Amplang ikan tenggiri renyah buatan rumah sejak 2009, resep keluarga dari Sepinggan. Tanpa pengawet.',
       'BANK', 'BANK_KALTIMTARA', '0011223344', 'Hasanah', 'ID1023456789012', '206647101002125', 'ID35110000123450321', 4, 'VERIFIED', UTC_TIMESTAMP(6) - INTERVAL 31 DAY, UTC_TIMESTAMP(6) - INTERVAL 30 DAY, UTC_TIMESTAMP(6) - INTERVAL 31 DAY, UTC_TIMESTAMP(6)
  FROM account WHERE email = 'penjual@demo.umkm.id'
UNION ALL
SELECT id, 'kepiting-soka-manggar', 'Kepiting Soka Manggar', 'Pak Darmawan', '9120002345672', UTC_TIMESTAMP(6) - INTERVAL 29 DAY, TRUE, 'FOUND', FALSE, 5, 26, 'Jl. Mulawarman RT 05, Manggar', 7, 'SMALL', '+6281254001002', FALSE,
       'Kepiting soka beku dan kepiting saus Balikpapan siap santap, dari tambak Manggar.',
       'BANK', 'BRI', '002301004455502', 'Darmawan', NULL, NULL, NULL, 4, 'VERIFIED', UTC_TIMESTAMP(6) - INTERVAL 29 DAY, UTC_TIMESTAMP(6) - INTERVAL 28 DAY, UTC_TIMESTAMP(6) - INTERVAL 29 DAY, UTC_TIMESTAMP(6)
  FROM account WHERE email = 'kepiting@demo.umkm.id'
UNION ALL
SELECT id, 'batik-kaltim-beruang-madu', 'Batik Kaltim Beruang Madu', 'Ibu Ratna Sari', '9120003456783', UTC_TIMESTAMP(6) - INTERVAL 27 DAY, TRUE, 'FOUND', FALSE, 4, 22, 'Jl. Letjend Suprapto No. 40, Karang Rejo', 11, 'SMALL', '+6281254001003', TRUE,
       'Batik tulis dan cap motif beruang madu, pakis, dan enggang khas Kalimantan Timur.',
       'BANK', 'BNI', '0456789123', 'Ratna Sari', NULL, NULL, NULL, 4, 'VERIFIED', UTC_TIMESTAMP(6) - INTERVAL 27 DAY, UTC_TIMESTAMP(6) - INTERVAL 26 DAY, UTC_TIMESTAMP(6) - INTERVAL 27 DAY, UTC_TIMESTAMP(6)
  FROM account WHERE email = 'batik@demo.umkm.id'
UNION ALL
SELECT id, 'anyaman-rotan-lamaru', 'Anyaman Rotan Lamaru', 'Pak Yohanes Lahang', '9120004567894', UTC_TIMESTAMP(6) - INTERVAL 25 DAY, TRUE, 'FOUND', FALSE, 5, 25, 'Jl. Mulawarman Km 20, Lamaru', 15, 'MICRO', '+6281254001004', FALSE,
       'Tas, tikar, dan keranjang anyaman rotan buatan pengrajin Lamaru.',
       'BANK', 'MANDIRI', '1490012345678', 'Yohanes Lahang', NULL, NULL, NULL, 4, 'VERIFIED', UTC_TIMESTAMP(6) - INTERVAL 25 DAY, UTC_TIMESTAMP(6) - INTERVAL 24 DAY, UTC_TIMESTAMP(6) - INTERVAL 25 DAY, UTC_TIMESTAMP(6)
  FROM account WHERE email = 'anyaman@demo.umkm.id'
UNION ALL
SELECT id, 'manik-dayak-kenyah', 'Manik Dayak Kenyah', 'Ibu Elisabeth Ding', '9120005678905', UTC_TIMESTAMP(6) - INTERVAL 23 DAY, TRUE, 'FOUND', FALSE, 6, 29, 'Jl. Soekarno Hatta Km 5, Batu Ampar', 17, 'MICRO', '+6281254001005', TRUE,
       'Gelang, kalung, dan tas manik-manik motif Dayak Kenyah, dirangkai tangan.',
       'EWALLET', 'GOPAY', '081254001005', 'Elisabeth Ding', NULL, NULL, NULL, 4, 'VERIFIED', UTC_TIMESTAMP(6) - INTERVAL 23 DAY, UTC_TIMESTAMP(6) - INTERVAL 22 DAY, UTC_TIMESTAMP(6) - INTERVAL 23 DAY, UTC_TIMESTAMP(6)
  FROM account WHERE email = 'manik@demo.umkm.id'
UNION ALL
SELECT id, 'madu-kelulut-karang-joang', 'Madu Kelulut Karang Joang', 'Pak Syamsul Bahri', '9120006789016', UTC_TIMESTAMP(6) - INTERVAL 21 DAY, TRUE, 'FOUND', FALSE, 6, 33, 'Jl. Soekarno Hatta Km 12, Karang Joang', 23, 'MICRO', '+6281254001006', FALSE,
       'Madu kelulut murni dari hutan Karang Joang, dipanen tanpa dipanaskan.',
       'EWALLET', 'DANA', '081254001006', 'Syamsul Bahri', NULL, NULL, 'ID35110000765430222', 4, 'VERIFIED', UTC_TIMESTAMP(6) - INTERVAL 21 DAY, UTC_TIMESTAMP(6) - INTERVAL 20 DAY, UTC_TIMESTAMP(6) - INTERVAL 21 DAY, UTC_TIMESTAMP(6)
  FROM account WHERE email = 'madu@demo.umkm.id'
UNION ALL
SELECT id, 'sambal-raja-klandasan', 'Sambal Raja Klandasan', 'Ibu Fitri Handayani', '9120007890127', UTC_TIMESTAMP(6) - INTERVAL 19 DAY, TRUE, 'FOUND', FALSE, 2, 8, 'Jl. Jenderal Sudirman No. 8, Klandasan Ilir', 6, 'SMALL', '+6281254001007', TRUE,
       'Sambal raja, sambal ganja, dan sambal udang papai khas Balikpapan dalam botol kaca.',
       'BANK', 'BSI', '7123456789', 'Fitri Handayani', 'ID2034567890123', '206647101003126', 'ID35110000223340111', 4, 'VERIFIED', UTC_TIMESTAMP(6) - INTERVAL 19 DAY, UTC_TIMESTAMP(6) - INTERVAL 18 DAY, UTC_TIMESTAMP(6) - INTERVAL 19 DAY, UTC_TIMESTAMP(6)
  FROM account WHERE email = 'sambal@demo.umkm.id'
UNION ALL
SELECT id, 'kopi-lada-kariangau', 'Kopi Lada Kariangau', 'Pak Hendra Gunawan', '9120008901238', UTC_TIMESTAMP(6) - INTERVAL 17 DAY, TRUE, 'FOUND', FALSE, 1, 4, 'Jl. Sultan Hasanuddin, Kariangau', 24, 'MICRO', '+6281254001008', FALSE,
       'Kopi robusta dan lada putih dari kebun Kariangau, disangrai dan digiling sendiri.',
       'BANK', 'BCA', '0987654321', 'Hendra Gunawan', NULL, NULL, NULL, 4, 'VERIFIED', UTC_TIMESTAMP(6) - INTERVAL 17 DAY, UTC_TIMESTAMP(6) - INTERVAL 16 DAY, UTC_TIMESTAMP(6) - INTERVAL 17 DAY, UTC_TIMESTAMP(6)
  FROM account WHERE email = 'kopi@demo.umkm.id'
UNION ALL
SELECT id, 'dodol-durian-margasari', 'Dodol Durian Margasari', 'Ibu Nurhayati', '9120009012349', UTC_TIMESTAMP(6) - INTERVAL 15 DAY, TRUE, 'FOUND', FALSE, 1, 5, 'Jl. Letjend Suprapto, Margasari', 8, 'MEDIUM', '+6281254001009', TRUE,
       'Dodol durian, lempok, dan kue lapis Margasari untuk oleh-oleh.',
       'BANK', 'BTN', '0002501234567', 'Nurhayati', NULL, '206647101004127', 'ID35110000334450999', 4, 'VERIFIED', UTC_TIMESTAMP(6) - INTERVAL 15 DAY, UTC_TIMESTAMP(6) - INTERVAL 14 DAY, UTC_TIMESTAMP(6) - INTERVAL 15 DAY, UTC_TIMESTAMP(6)
  FROM account WHERE email = 'dodol@demo.umkm.id'
UNION ALL
SELECT id, 'kue-bingka-prapatan', 'Kue Bingka Prapatan', 'Ibu Siti Rahmah', '9120010123450', UTC_TIMESTAMP(6) - INTERVAL 2 DAY, TRUE, 'FOUND', FALSE, 2, 10, 'Jl. Ahmad Yani No. 3, Prapatan', 1, 'MICRO', '+6281254001010', TRUE,
       'Kue bingka kentang dan bingka pandan, dipanggang setiap pagi.',
       'EWALLET', 'OVO', '081254001010', 'Siti Rahmah', NULL, '206647101005128', NULL, 4, 'SUBMITTED', UTC_TIMESTAMP(6) - INTERVAL 2 DAY, NULL, UTC_TIMESTAMP(6) - INTERVAL 2 DAY, UTC_TIMESTAMP(6)
  FROM account WHERE email = 'bingka@demo.umkm.id';

-- The verification decision behind each verified demo seller, by the demo staff member.
INSERT INTO seller_review (seller_id, decision, note, decided_by, decided_at)
SELECT s.id, 'VERIFIED', NULL, staff.id, s.verified_at
  FROM seller s JOIN account staff ON staff.email = 'staf@demo.umkm.id'
 WHERE s.status = 'VERIFIED';
