-- Demo consignment at the outlet "UKM Center Bandara": active agreements for Amplang Hasanah
-- (penjual@demo.umkm.id), Batik Kaltim Beruang Madu and Madu Kelulut Karang Joang, an offer waiting for
-- Dodol Durian Margasari, and goods received by the demo cashier (kasir@demo.umkm.id), labelled and in stock.
-- One amplang batch expires within a week, so the stock page shows the ageing flag.

INSERT INTO consignment_agreement (seller_id, outlet_id, commission_percent, consignment_days, grace_days, end_action,
    markdown_percent, payout_frequency, status, created_by, created_at, accepted_at)
SELECT s.id, o.id, v.percent, v.days, 7, v.end_action, v.markdown, 'WEEKLY', v.status, staff.id,
       UTC_TIMESTAMP(6) - INTERVAL 20 DAY, CASE WHEN v.status = 'ACTIVE' THEN UTC_TIMESTAMP(6) - INTERVAL 19 DAY END
FROM (SELECT 'amplang-hasanah' AS slug, 20.00 AS percent, 60 AS days, 'MARKDOWN' AS end_action, 25.00 AS markdown, 'ACTIVE' AS status
      UNION ALL SELECT 'batik-kaltim-beruang-madu', 15.00, 90, 'RETURN', NULL, 'ACTIVE'
      UNION ALL SELECT 'madu-kelulut-karang-joang', 20.00, 60, 'RETURN', NULL, 'ACTIVE'
      UNION ALL SELECT 'dodol-durian-margasari', 20.00, 30, 'RETURN', NULL, 'OFFERED') v
JOIN seller s ON s.slug = v.slug
JOIN consignment_outlet o ON o.name = 'UKM Center Bandara'
JOIN account staff ON staff.email = 'staf@demo.umkm.id';

INSERT INTO consignment_intake (agreement_id, seller_id, outlet_id, received_by, received_at, note)
SELECT a.id, a.seller_id, a.outlet_id, k.id, UTC_TIMESTAMP(6) - INTERVAL 18 DAY, 'Titipan pertama'
FROM consignment_agreement a
JOIN account k ON k.email = 'kasir@demo.umkm.id'
WHERE a.status = 'ACTIVE';

INSERT INTO consignment_item (code, intake_id, agreement_id, seller_id, outlet_id, name, category_id, unit_price_rupiah,
    original_price_rupiah, best_before, consign_until, quantity_received, quantity_in_stock, age_flag)
SELECT CONCAT('DEMO-', n.id, '-', v.line), n.id, n.agreement_id, n.seller_id, n.outlet_id, v.name, v.category_id, v.price,
       v.price, CASE WHEN v.bb_days IS NULL THEN NULL ELSE UTC_DATE() + INTERVAL v.bb_days DAY END,
       UTC_DATE() + INTERVAL 42 DAY, v.quantity, v.quantity, CASE WHEN v.bb_days <= 7 THEN 'EXPIRING' ELSE 'OK' END
FROM consignment_intake n
JOIN seller s ON s.id = n.seller_id
JOIN (SELECT 'amplang-hasanah' AS slug, 1 AS line, 'Amplang Ikan Tenggiri 250 g' AS name, 8 AS category_id, 35000 AS price, 90 AS bb_days, 24 AS quantity
      UNION ALL SELECT 'amplang-hasanah', 2, 'Amplang Pedas Daun Jeruk 200 g', 8, 32000, 5, 10
      UNION ALL SELECT 'batik-kaltim-beruang-madu', 1, 'Kain Batik Motif Beruang Madu 2 m', 11, 275000, NULL, 6
      UNION ALL SELECT 'batik-kaltim-beruang-madu', 2, 'Syal Batik Kaltim', 11, 85000, NULL, 12
      UNION ALL SELECT 'madu-kelulut-karang-joang', 1, 'Madu Kelulut 250 ml', 9, 120000, 300, 15) v ON v.slug = s.slug;

UPDATE consignment_item SET code = CONCAT('KS', LPAD(id, 8, '0')) WHERE code LIKE 'DEMO-%';
