-- Demo products of the demo seller (penjual@demo.umkm.id, Amplang Hasanah). The demo seller's profile
-- normally comes from V2__demo_sellers.sql; when it is absent, a verified profile is made here so the
-- products have an owner. Photos are left out: products without photos show a placeholder.

INSERT INTO seller (account_id, slug, business_name, owner_name, kecamatan_id, kelurahan_id, address, category_id,
                    scale, phone, women_led, description, status, submitted_at, verified_at, created_at, updated_at)
SELECT a.id, 'amplang-hasanah', 'Amplang Hasanah', 'Hasanah', 3, NULL, 'Jl. Mulawarman, Balikpapan Selatan', 8,
       'MICRO', '081234567890', TRUE, 'Oleh-oleh khas Balikpapan sejak 2009.', 'VERIFIED',
       UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)
FROM account a
WHERE a.email = 'penjual@demo.umkm.id'
  AND NOT EXISTS (SELECT 1 FROM seller s WHERE s.account_id = a.id);

INSERT INTO product (seller_id, name, slug, description, category_id, price_rupiah, stock, unit, weight_grams, status,
                     has_variants, kecamatan_id, seller_scale, visible, created_at, updated_at, published_at)
SELECT s.id, v.name, v.slug, v.description, v.category_id, v.price_rupiah, v.stock, v.unit, v.weight_grams, v.status,
       FALSE, s.kecamatan_id, s.scale, FALSE, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6),
       CASE WHEN v.status = 'PUBLISHED' THEN UTC_TIMESTAMP(6) END
FROM seller s
JOIN account a ON a.id = s.account_id AND a.email = 'penjual@demo.umkm.id'
CROSS JOIN (
    SELECT 'Amplang Ikan Tenggiri 250 g' AS name, 'amplang-ikan-tenggiri-250-g' AS slug, 'Amplang renyah dari ikan tenggiri segar Balikpapan, tanpa pengawet. Cocok untuk oleh-oleh.' AS description, 8 AS category_id, 35000 AS price_rupiah, 60 AS stock, 'bungkus' AS unit, 250 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Amplang Ikan Pipih 500 g' AS name, 'amplang-ikan-pipih-500-g' AS slug, 'Amplang ikan pipih khas Kalimantan, gurih dan ringan. Kemasan toples plastik.' AS description, 8 AS category_id, 65000 AS price_rupiah, 25 AS stock, 'toples' AS unit, 500 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Amplang Pedas Daun Jeruk 200 g' AS name, 'amplang-pedas-daun-jeruk-200-g' AS slug, 'Amplang tenggiri dengan bumbu cabai dan daun jeruk.' AS description, 8 AS category_id, 32000 AS price_rupiah, 40 AS stock, 'bungkus' AS unit, 200 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Kue Bingka Kentang' AS name, 'kue-bingka-kentang' AS slug, 'Bingka kentang lembut berbentuk bunga, dipanggang setiap pagi. Tahan 2 hari.' AS description, 1 AS category_id, 45000 AS price_rupiah, 12 AS stock, 'pcs' AS unit, 700 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Kue Bingka Pandan' AS name, 'kue-bingka-pandan' AS slug, 'Bingka santan pandan harum, resep keluarga dari Banjar.' AS description, 1 AS category_id, 45000 AS price_rupiah, 10 AS stock, 'pcs' AS unit, 700 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Kue Lapis Pengantin' AS name, 'kue-lapis-pengantin' AS slug, 'Kue lapis legit tradisional Banjar, 18 lapis.' AS description, 1 AS category_id, 120000 AS price_rupiah, 5 AS stock, 'pcs' AS unit, 1000 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Kerupuk Kepiting Mentah 500 g' AS name, 'kerupuk-kepiting-mentah-500-g' AS slug, 'Kerupuk kepiting siap goreng, dibuat dari kepiting bakau pesisir Balikpapan.' AS description, 7 AS category_id, 38000 AS price_rupiah, 50 AS stock, 'bungkus' AS unit, 500 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Kerupuk Udang Balikpapan 250 g' AS name, 'kerupuk-udang-balikpapan-250-g' AS slug, 'Kerupuk udang asli, mengembang besar dan renyah.' AS description, 7 AS category_id, 30000 AS price_rupiah, 45 AS stock, 'bungkus' AS unit, 250 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Abon Ikan Tuna Pedas 100 g' AS name, 'abon-ikan-tuna-pedas-100-g' AS slug, 'Abon tuna pedas manis, cocok untuk bekal.' AS description, 7 AS category_id, 28000 AS price_rupiah, 30 AS stock, 'botol' AS unit, 100 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Kepiting Soka Beku 500 g' AS name, 'kepiting-soka-beku-500-g' AS slug, 'Kepiting cangkang lunak beku, dibersihkan dan siap masak.' AS description, 5 AS category_id, 95000 AS price_rupiah, 15 AS stock, 'bungkus' AS unit, 500 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Batik Balikpapan Motif Kuntul Perak (Kain 2 m)' AS name, 'batik-balikpapan-motif-kuntul-perak-kain-2-m' AS slug, 'Kain batik cap motif burung kuntul perak, maskot kota Balikpapan. Katun primisima.' AS description, 11 AS category_id, 275000 AS price_rupiah, 8 AS stock, 'lembar' AS unit, 400 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Batik Balikpapan Motif Beruang Madu (Kain 2 m)' AS name, 'batik-balikpapan-motif-beruang-madu-kain-2-m' AS slug, 'Batik tulis kombinasi cap motif beruang madu dan daun pakis.' AS description, 11 AS category_id, 350000 AS price_rupiah, 6 AS stock, 'lembar' AS unit, 400 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Kemeja Batik Motif Manggar' AS name, 'kemeja-batik-motif-manggar' AS slug, 'Kemeja lengan pendek batik motif bunga manggar, katun adem.' AS description, 12 AS category_id, 185000 AS price_rupiah, 0 AS stock, 'pcs' AS unit, 300 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Batik Motif Kilang Minyak (Kain 2 m)' AS name, 'batik-motif-kilang-minyak-kain-2-m' AS slug, 'Motif modern kilang dan ombak Teluk Balikpapan, pewarna alami.' AS description, 11 AS category_id, 300000 AS price_rupiah, 4 AS stock, 'lembar' AS unit, 400 AS weight_grams, 'DRAFT' AS status
    UNION ALL
    SELECT 'Kalung Manik-manik Dayak' AS name, 'kalung-manik-manik-dayak' AS slug, 'Kalung manik-manik motif Dayak Kenyah, dirangkai tangan.' AS description, 17 AS category_id, 85000 AS price_rupiah, 20 AS stock, 'pcs' AS unit, 80 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Gelang Manik Etnik Kalimantan' AS name, 'gelang-manik-etnik-kalimantan' AS slug, 'Gelang manik-manik warna cerah, ukuran bisa disesuaikan.' AS description, 17 AS category_id, 35000 AS price_rupiah, 40 AS stock, 'pcs' AS unit, 30 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Tas Manik Rotan' AS name, 'tas-manik-rotan' AS slug, 'Tas anyaman rotan dihiasi manik-manik Dayak.' AS description, 15 AS category_id, 225000 AS price_rupiah, 7 AS stock, 'pcs' AS unit, 600 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Tas Anyaman Rotan Mini' AS name, 'tas-anyaman-rotan-mini' AS slug, 'Tas tangan rotan kecil untuk pesta atau jalan-jalan.' AS description, 15 AS category_id, 150000 AS price_rupiah, 9 AS stock, 'pcs' AS unit, 400 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Kopi Robusta Bubuk Balikpapan 200 g' AS name, 'kopi-robusta-bubuk-balikpapan-200-g' AS slug, 'Kopi robusta sangrai sedang dari kebun Balikpapan Utara, digiling halus.' AS description, 24 AS category_id, 45000 AS price_rupiah, 30 AS stock, 'bungkus' AS unit, 200 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Kopi Liberika Biji Sangrai 250 g' AS name, 'kopi-liberika-biji-sangrai-250-g' AS slug, 'Biji kopi liberika Kalimantan, aroma nangka yang khas.' AS description, 24 AS category_id, 65000 AS price_rupiah, 18 AS stock, 'bungkus' AS unit, 250 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Madu Kelulut Hutan 250 ml' AS name, 'madu-kelulut-hutan-250-ml' AS slug, 'Madu lebah kelulut (tanpa sengat), asam manis segar.' AS description, 23 AS category_id, 120000 AS price_rupiah, 14 AS stock, 'botol' AS unit, 350 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Madu Hutan Kalimantan 500 ml' AS name, 'madu-hutan-kalimantan-500-ml' AS slug, 'Madu hutan liar panen Kutai, murni tanpa campuran.' AS description, 23 AS category_id, 150000 AS price_rupiah, 10 AS stock, 'botol' AS unit, 650 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Sambal Roa Kemasan Botol' AS name, 'sambal-roa-kemasan-botol' AS slug, 'Sambal ikan roa asap, pedas gurih.' AS description, 6 AS category_id, 35000 AS price_rupiah, 25 AS stock, 'botol' AS unit, 200 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Sambal Gami Bawis' AS name, 'sambal-gami-bawis' AS slug, 'Sambal gami khas Bontang dengan ikan bawis.' AS description, 6 AS category_id, 40000 AS price_rupiah, 20 AS stock, 'botol' AS unit, 200 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Dodol Durian Kalimantan' AS name, 'dodol-durian-kalimantan' AS slug, 'Dodol durian lembut, dibungkus kertas per potong.' AS description, 8 AS category_id, 30000 AS price_rupiah, 35 AS stock, 'kotak' AS unit, 300 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Lempok Durian 250 g' AS name, 'lempok-durian-250-g' AS slug, 'Lempok durian asli tanpa tepung.' AS description, 8 AS category_id, 45000 AS price_rupiah, 15 AS stock, 'bungkus' AS unit, 250 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Keripik Pisang Kepok Manis' AS name, 'keripik-pisang-kepok-manis' AS slug, 'Keripik pisang kepok tipis dengan gula aren.' AS description, 3 AS category_id, 20000 AS price_rupiah, 50 AS stock, 'bungkus' AS unit, 200 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Keripik Singkong Balado' AS name, 'keripik-singkong-balado' AS slug, 'Keripik singkong pedas manis balado.' AS description, 3 AS category_id, 18000 AS price_rupiah, 60 AS stock, 'bungkus' AS unit, 200 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Ukiran Kayu Perisai Dayak Mini' AS name, 'ukiran-kayu-perisai-dayak-mini' AS slug, 'Perisai (kelembit) Dayak mini dari kayu ulin, hiasan dinding.' AS description, 16 AS category_id, 175000 AS price_rupiah, 5 AS stock, 'pcs' AS unit, 700 AS weight_grams, 'PUBLISHED' AS status
    UNION ALL
    SELECT 'Miniatur Mandau Suvenir' AS name, 'miniatur-mandau-suvenir' AS slug, 'Miniatur mandau kayu untuk pajangan dan cendera mata.' AS description, 18 AS category_id, 95000 AS price_rupiah, 0 AS stock, 'pcs' AS unit, 250 AS weight_grams, 'ARCHIVED' AS status
    UNION ALL
    SELECT 'Teh Daun Bajakah 50 g' AS name, 'teh-daun-bajakah-50-g' AS slug, 'Teh herbal daun bajakah, dikeringkan alami.' AS description, 25 AS category_id, 40000 AS price_rupiah, 22 AS stock, 'bungkus' AS unit, 50 AS weight_grams, 'DRAFT' AS status
) v
WHERE NOT EXISTS (SELECT 1 FROM product p WHERE p.seller_id = s.id AND p.name = v.name);

-- The shirt comes in sizes: its price is the cheapest size's, its stock the sizes' total.
INSERT INTO product_variant (product_id, size, colour, price_rupiah, stock, sort_order)
SELECT p.id, v.size, v.colour, v.price_rupiah, v.stock, v.sort_order
FROM product p
JOIN seller s ON s.id = p.seller_id
JOIN account a ON a.id = s.account_id AND a.email = 'penjual@demo.umkm.id'
CROSS JOIN (
    SELECT 'M' AS size, 'Biru' AS colour, 185000 AS price_rupiah, 4 AS stock, 0 AS sort_order
    UNION ALL SELECT 'L', 'Biru', 185000, 3, 1
    UNION ALL SELECT 'XL', 'Biru', 195000, 2, 2
    UNION ALL SELECT 'L', 'Merah Marun', 185000, 1, 3
) v
WHERE p.slug = 'kemeja-batik-motif-manggar';

UPDATE product p
JOIN seller s ON s.id = p.seller_id
JOIN account a ON a.id = s.account_id AND a.email = 'penjual@demo.umkm.id'
SET p.has_variants = TRUE, p.stock = 10, p.price_rupiah = 185000
WHERE p.slug = 'kemeja-batik-motif-manggar';

-- The copies the public catalogue filters on, exactly as the portal keeps them.
UPDATE product p
JOIN seller s ON s.id = p.seller_id
JOIN account a ON a.id = s.account_id AND a.email = 'penjual@demo.umkm.id'
SET p.kecamatan_id = s.kecamatan_id, p.seller_scale = s.scale,
    p.visible = (p.status = 'PUBLISHED' AND s.status = 'VERIFIED' AND s.kecamatan_id IS NOT NULL AND s.scale IS NOT NULL);
