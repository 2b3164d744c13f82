-- Demo accounts, one per role, all with the password printed by the run command (umkm-demo-2026).
-- Loaded once by the demo launcher (its own history table, flyway_demo_history); never in production.

INSERT INTO account (email, full_name, password_hash, status, email_verified_at, preferred_locale, created_at) VALUES
('admin@demo.umkm.id',     'Rina Admin',            'PBKDF2WithHmacSHA512:210000:xuxTvfVymkwi4lNFAQv3iIkMHgjTbShP/4g2C377jBU=:gY/Soy4ew0ukVPYXD5/3+zgSDdfLVm4kef17jSsGCg4dDCVMIlAXW94xE3i2OUng4GqaySqPhIIvDz4nRqJl1Q==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)),
('staf@demo.umkm.id',      'Budi Santoso (DKUMKMP)', 'PBKDF2WithHmacSHA512:210000:wLCcWygMnCRqJZJm3MObudHATV/zY7nj/Yu32CsKS0M=:7HKCkRmqX1Z4GHBuDgcLJS6qYabUlxR4hiAjDBzDJ9+suh0XSzXoEt1m6ZqRJT2V31SRfgOLzqwyI+qG11aVmQ==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)),
('perizinan@demo.umkm.id', 'Sari Wulandari (DPMPTSP)', 'PBKDF2WithHmacSHA512:210000:9hVVoXdWtAskTBYbGlJs2+LrKpq+45rKPTJ4U868Hvg=:rKX+KnsOzGqb6hwKkpYi0KUO9tsq/kBkD3S7Oh6K5tsPCh2aKqE0BmwcOrncZ+Q4XwFl3aTLEv4eWYburQhx3w==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)),
('kasir@demo.umkm.id',     'Dewi Kasir UKM Center',  'PBKDF2WithHmacSHA512:210000:UWjsMeKK8iwkzB3FTXM3br58Nd/LvP1M4M+Ypa4u0VE=:0igUatU2mbO9y63aTEayeHImSay6ViTIfC6HbVAa8SsnPGDO+eNGprDAJEcks6G9I3WzOGZY3DwNa5UlaGqjyw==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)),
('penjual@demo.umkm.id',   'Ibu Hasanah (Amplang Hasanah)', 'PBKDF2WithHmacSHA512:210000:S8fYZ3D4MoPyUaDVPFlj2h3+ILnoGgHqjB49aMklQZg=:JKfebw3kScy8hqBJ7RAcuUEiSScTyDOxlJV/NAjzAeUSfjYDhcRI7kSDUF0pI6cE5TOQRB8A5hhYcYp6L6NAYQ==', 'ACTIVE', UTC_TIMESTAMP(6), 'id', UTC_TIMESTAMP(6)),
('pembeli@demo.umkm.id',   'Andi Pratama',          'PBKDF2WithHmacSHA512:210000:grWw2WMUiTY213QA3j63xkY6NDWsLg+m3houQGb0UYc=:vwJEnCj1H8z1tL6WgMTDAsL2NLTPFF+ASXxhnnHImgrneu6EoxJ4KJyBFZIoAV3Y28YcuEPU/RRky5aZK1hKYQ==', 'ACTIVE', UTC_TIMESTAMP(6), 'en', UTC_TIMESTAMP(6));

INSERT INTO account_role (account_id, role)
SELECT id, 'ADMIN' FROM account WHERE email = 'admin@demo.umkm.id'
UNION ALL SELECT id, 'DKUMKMP_STAFF' FROM account WHERE email = 'staf@demo.umkm.id'
UNION ALL SELECT id, 'LICENSING_OFFICER' FROM account WHERE email = 'perizinan@demo.umkm.id'
UNION ALL SELECT id, 'OUTLET_CASHIER' FROM account WHERE email = 'kasir@demo.umkm.id'
UNION ALL SELECT id, 'SELLER' FROM account WHERE email = 'penjual@demo.umkm.id'
UNION ALL SELECT id, 'BUYER' FROM account WHERE email IN ('penjual@demo.umkm.id', 'pembeli@demo.umkm.id');
