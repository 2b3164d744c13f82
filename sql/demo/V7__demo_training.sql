-- Demo training programmes: a priority-scale programme taking applications, with its published
-- weights and two sessions, and a small first-come programme that is full, with a waiting list
-- (so the staff report shows demand left unmet) and a session next week.

INSERT INTO training_programme (title, topic, partner, description, venue, capacity, budget_per_participant_rupiah,
    total_budget_rupiah, registration_opens_at, registration_closes_at, allocation_mode, status, seats_taken, hours,
    created_by, created_at, updated_at)
SELECT 'Pemasaran Digital untuk UMKM Kuliner', 'DIGITAL_MARKETING', 'Bank Indonesia Balikpapan',
       'Foto produk dengan ponsel, katalog WhatsApp Business dan iklan berbayar yang hemat. Dua sesi tatap muka.',
       'Aula DKUMKMP, Jl. Jenderal Sudirman No. 1', 20, 350000, 7000000,
       UTC_TIMESTAMP(6) - INTERVAL 2 DAY, UTC_TIMESTAMP(6) + INTERVAL 10 DAY, 'PRIORITY', 'OPEN', 0, 12,
       id, UTC_TIMESTAMP(6) - INTERVAL 3 DAY, UTC_TIMESTAMP(6)
  FROM account WHERE email = 'staf@demo.umkm.id'
UNION ALL
SELECT 'QRIS dan Pembayaran Digital', 'QRIS_EMONEY', 'Bank Kaltimtara',
       'Mendaftar QRIS, menerima pembayaran dan mencocokkan mutasi harian. Satu sesi praktik.',
       'Balikpapan Digital Center', 2, 250000, 500000,
       UTC_TIMESTAMP(6) - INTERVAL 5 DAY, UTC_TIMESTAMP(6) + INTERVAL 5 DAY, 'FIRST_COME', 'OPEN', 2, 4,
       id, UTC_TIMESTAMP(6) - INTERVAL 6 DAY, UTC_TIMESTAMP(6)
  FROM account WHERE email = 'staf@demo.umkm.id';

INSERT INTO training_quota (programme_id, kecamatan_id, seats)
SELECT id, 5, 3 FROM training_programme WHERE title = 'Pemasaran Digital untuk UMKM Kuliner';

INSERT INTO training_session (programme_id, title, starts_at, ends_at, venue, attendance_code)
SELECT id, 'Sesi 1: Foto produk dan katalog', UTC_TIMESTAMP(6) + INTERVAL 14 DAY, UTC_TIMESTAMP(6) + INTERVAL 14 DAY + INTERVAL 6 HOUR,
       'Aula DKUMKMP, Jl. Jenderal Sudirman No. 1', 'demoSesiPemasaran01xxx'
  FROM training_programme WHERE title = 'Pemasaran Digital untuk UMKM Kuliner'
UNION ALL
SELECT id, 'Sesi 2: Iklan berbayar yang hemat', UTC_TIMESTAMP(6) + INTERVAL 15 DAY, UTC_TIMESTAMP(6) + INTERVAL 15 DAY + INTERVAL 6 HOUR,
       'Aula DKUMKMP, Jl. Jenderal Sudirman No. 1', 'demoSesiPemasaran02xxx'
  FROM training_programme WHERE title = 'Pemasaran Digital untuk UMKM Kuliner'
UNION ALL
SELECT id, 'Praktik QRIS', UTC_TIMESTAMP(6) + INTERVAL 7 DAY, UTC_TIMESTAMP(6) + INTERVAL 7 DAY + INTERVAL 4 HOUR,
       'Balikpapan Digital Center', 'demoSesiQris000000001x'
  FROM training_programme WHERE title = 'QRIS dan Pembayaran Digital';

-- The first-come programme is full: two seats taken, one seller waiting.
INSERT INTO training_enrollment (programme_id, seller_id, account_id, kecamatan_id, status, queue_rank, applied_at, decided_at)
SELECT p.id, s.id, s.account_id, s.kecamatan_id, 'CONFIRMED', NULL, UTC_TIMESTAMP(6) - INTERVAL 4 DAY, UTC_TIMESTAMP(6) - INTERVAL 4 DAY
  FROM training_programme p, seller s WHERE p.title = 'QRIS dan Pembayaran Digital' AND s.slug = 'amplang-hasanah'
UNION ALL
SELECT p.id, s.id, s.account_id, s.kecamatan_id, 'CONFIRMED', NULL, UTC_TIMESTAMP(6) - INTERVAL 3 DAY, UTC_TIMESTAMP(6) - INTERVAL 3 DAY
  FROM training_programme p, seller s WHERE p.title = 'QRIS dan Pembayaran Digital' AND s.slug = 'kepiting-soka-manggar';

INSERT INTO training_enrollment (programme_id, seller_id, account_id, kecamatan_id, status, queue_rank, applied_at, decided_at)
SELECT p.id, s.id, s.account_id, s.kecamatan_id, 'WAITLISTED', 1, UTC_TIMESTAMP(6) - INTERVAL 2 DAY, UTC_TIMESTAMP(6) - INTERVAL 2 DAY
  FROM training_programme p, seller s WHERE p.title = 'QRIS dan Pembayaran Digital'
   AND s.status = 'VERIFIED' AND s.slug NOT IN ('amplang-hasanah', 'kepiting-soka-manggar')
 ORDER BY s.id LIMIT 1;
