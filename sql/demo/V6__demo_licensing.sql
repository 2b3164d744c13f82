-- Demo permit applications (the permit catalogue itself is reference data in V10__licensing.sql):
-- Kepiting Soka Manggar holds an issued IUMK (verification code DEMOKEPITING2026IUMK), Kopi Lada
-- Kariangau waits for fixes to its SPP-IRT, and the demo seller penjual@ (Amplang Hasanah) has an
-- SPP-IRT waiting in the office queue. The stored files are tiny placeholder PDFs.

INSERT INTO permit_application (tracking_number, permit_type_id, applicant_account_id, applicant_name, applicant_email,
    nib, nib_check, business_name, business_address, kbli, risk_level, status, created_at, submitted_at,
    status_changed_at, sla_limit_seconds, sla_used_seconds, sla_running_since, sla_deadline_at, permit_number,
    verification_code, issued_at, valid_until)
SELECT 'IZN-2601-KPT234', t.id, a.id, a.full_name, a.email, '9120002345672', 'FOUND', 'Kepiting Soka Manggar',
    'Jl. Mulawarman RT 05, Manggar, Balikpapan Timur', '10219', 'MR', 'ISSUED',
    UTC_TIMESTAMP(6) - INTERVAL 40 DAY, UTC_TIMESTAMP(6) - INTERVAL 39 DAY, UTC_TIMESTAMP(6) - INTERVAL 36 DAY,
    t.service_days * 86400, 3 * 86400, NULL, NULL, 'IUMK/900001/DPMPTSP-BPN/2026', 'DEMOKEPITING2026IUMK',
    UTC_TIMESTAMP(6) - INTERVAL 36 DAY, NULL
FROM permit_type t, account a WHERE t.code = 'IUMK' AND a.email = 'kepiting@toko.demo.umkm.id';

INSERT INTO permit_application (tracking_number, permit_type_id, applicant_account_id, applicant_name, applicant_email,
    nib, nib_check, business_name, business_address, kbli, risk_level, status, created_at, submitted_at,
    status_changed_at, sla_limit_seconds, sla_used_seconds, sla_running_since, sla_deadline_at)
SELECT 'IZN-2602-KOP567', t.id, a.id, a.full_name, a.email, '9120008901238', 'FOUND', 'Kopi Lada Kariangau',
    'Jl. Sultan Hasanuddin, Kariangau, Balikpapan Barat', '10761', 'MR', 'REVISION_REQUESTED',
    UTC_TIMESTAMP(6) - INTERVAL 6 DAY, UTC_TIMESTAMP(6) - INTERVAL 5 DAY, UTC_TIMESTAMP(6) - INTERVAL 2 DAY,
    t.service_days * 86400, 3 * 86400, NULL, NULL
FROM permit_type t, account a WHERE t.code = 'SPP-IRT' AND a.email = 'kopi@toko.demo.umkm.id';

INSERT INTO permit_application (tracking_number, permit_type_id, applicant_account_id, applicant_name, applicant_email,
    nib, nib_check, business_name, business_address, kbli, risk_level, status, created_at, submitted_at,
    status_changed_at, sla_limit_seconds, sla_used_seconds, sla_running_since, sla_deadline_at)
SELECT 'IZN-2603-AMP789', t.id, a.id, a.full_name, a.email, '9120001234561', 'FOUND', 'Amplang Hasanah',
    'Jl. Marsma R. Iswahyudi No. 12, Sepinggan, Balikpapan Selatan', '10794', 'MR', 'SUBMITTED',
    UTC_TIMESTAMP(6) - INTERVAL 2 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) - INTERVAL 1 DAY,
    t.service_days * 86400, 0, UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) + INTERVAL (t.service_days - 1) DAY
FROM permit_type t, account a WHERE t.code = 'SPP-IRT' AND a.email = 'penjual@demo.umkm.id';

INSERT INTO permit_application_document (application_id, requirement_id, file_name, content_type, size_bytes, content,
    uploaded_at, review_status, remark)
SELECT p.id, r.id, CONCAT(LOWER(r.code), '.pdf'), 'application/pdf', 60,
    CONCAT('%PDF-1.4\n% demo ', r.code, '\ntrailer << >>\n%%EOF\n'), p.submitted_at,
    CASE WHEN p.status = 'ISSUED' THEN 'ACCEPTED'
         WHEN p.status = 'REVISION_REQUESTED' AND r.code = 'LABEL' THEN 'REVISE'
         WHEN p.status = 'REVISION_REQUESTED' THEN 'ACCEPTED' ELSE 'NEW' END,
    CASE WHEN p.status = 'REVISION_REQUESTED' AND r.code = 'LABEL'
         THEN 'Label belum mencantumkan tanggal kedaluwarsa dan berat bersih.' END
FROM permit_application p JOIN permit_document_requirement r ON r.permit_type_id = p.permit_type_id AND r.mandatory
WHERE p.tracking_number IN ('IZN-2601-KPT234', 'IZN-2602-KOP567', 'IZN-2603-AMP789');

INSERT INTO permit_application_event (application_id, at, actor_account_id, actor_name, from_status, to_status, note)
SELECT p.id, p.created_at, p.applicant_account_id, p.applicant_name, NULL, 'DRAFT', NULL FROM permit_application p
WHERE p.tracking_number IN ('IZN-2601-KPT234', 'IZN-2602-KOP567', 'IZN-2603-AMP789')
UNION ALL SELECT p.id, p.submitted_at, p.applicant_account_id, p.applicant_name, 'DRAFT', 'SUBMITTED', NULL FROM permit_application p
WHERE p.tracking_number IN ('IZN-2601-KPT234', 'IZN-2602-KOP567', 'IZN-2603-AMP789')
UNION ALL SELECT p.id, p.status_changed_at, o.id, o.full_name, 'VERIFICATION', p.status,
    CASE WHEN p.status = 'REVISION_REQUESTED' THEN 'LABEL: Label belum mencantumkan tanggal kedaluwarsa dan berat bersih.' END
FROM permit_application p, account o
WHERE p.tracking_number IN ('IZN-2601-KPT234', 'IZN-2602-KOP567') AND o.email = 'perizinan@demo.umkm.id';
