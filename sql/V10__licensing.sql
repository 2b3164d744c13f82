-- OSS look-ups and pushes (oss context), the permit catalogue and permit applications (licensing).

-- The last answer OSS gave for a NIB, kept for umkm.oss.cache-ttl; an unreachable OSS leaves the
-- NIB pending so the retry job asks again. record_json is the portal's own JSON of the domain record.
CREATE TABLE oss_nib_lookup (
    nib               CHAR(13)     NOT NULL PRIMARY KEY,
    outcome           VARCHAR(12)  NOT NULL,
    message           VARCHAR(255) NULL,
    record_json       TEXT         NULL,
    checked_at        DATETIME(6)  NOT NULL,
    expires_at        DATETIME(6)  NOT NULL,
    pending           BOOLEAN      NOT NULL DEFAULT FALSE,
    attempts          INT          NOT NULL DEFAULT 0,
    next_attempt_at   DATETIME(6)  NULL,
    CONSTRAINT ck_oss_nib_lookup_outcome CHECK (outcome IN ('FOUND', 'NOT_FOUND', 'UNAVAILABLE')),
    INDEX ix_oss_nib_lookup_pending (pending, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every push OSS made, once: the unique fingerprint turns a repeated push into a no-op.
CREATE TABLE oss_push (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind          VARCHAR(20)  NOT NULL,
    fingerprint   CHAR(64)     NOT NULL,
    nib           CHAR(13)     NOT NULL,
    permit_id     VARCHAR(60)  NULL,
    status_code   VARCHAR(4)   NULL,
    body          TEXT         NOT NULL,
    received_at   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_oss_push_fingerprint UNIQUE (fingerprint),
    CONSTRAINT ck_oss_push_kind CHECK (kind IN ('NIB', 'LICENSE_STATUS')),
    INDEX ix_oss_push_nib (nib)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE permit_type (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                 VARCHAR(30)  NOT NULL,
    name_id              VARCHAR(150) NOT NULL,
    name_en              VARCHAR(150) NOT NULL,
    description_id       TEXT         NULL,
    fee_rupiah           BIGINT       NOT NULL DEFAULT 0,
    service_days         INT          NOT NULL,
    validity_months      INT          NULL,
    renewable            BOOLEAN      NOT NULL DEFAULT FALSE,
    renewal_window_days  INT          NOT NULL DEFAULT 60,
    risk_levels          VARCHAR(20)  NOT NULL,
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    version              INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_permit_type_code UNIQUE (code),
    CONSTRAINT ck_permit_type_numbers CHECK (fee_rupiah >= 0 AND service_days > 0
        AND (validity_months IS NULL OR validity_months > 0) AND renewal_window_days >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE permit_document_requirement (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    permit_type_id   BIGINT       NOT NULL,
    code             VARCHAR(30)  NOT NULL,
    name_id          VARCHAR(150) NOT NULL,
    name_en          VARCHAR(150) NOT NULL,
    mandatory        BOOLEAN      NOT NULL DEFAULT TRUE,
    formats          VARCHAR(30)  NOT NULL,
    max_kb           INT          NOT NULL,
    position         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_permit_document_requirement_type FOREIGN KEY (permit_type_id) REFERENCES permit_type (id),
    CONSTRAINT uq_permit_document_requirement UNIQUE (permit_type_id, code),
    CONSTRAINT ck_permit_document_requirement_size CHECK (max_kb BETWEEN 1 AND 10240)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE permit_application (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    tracking_number        VARCHAR(20)  NULL,
    permit_type_id         BIGINT       NOT NULL,
    applicant_account_id   BIGINT       NOT NULL,
    applicant_name         VARCHAR(120) NOT NULL,
    applicant_email        VARCHAR(254) NOT NULL,
    nib                    CHAR(13)     NOT NULL,
    nib_check              VARCHAR(12)  NOT NULL,
    business_name          VARCHAR(150) NOT NULL,
    business_address       VARCHAR(255) NULL,
    kbli                   CHAR(5)      NULL,
    risk_level             VARCHAR(2)   NULL,
    status                 VARCHAR(20)  NOT NULL,
    renewal_of_id          BIGINT       NULL,
    created_at             DATETIME(6)  NOT NULL,
    submitted_at           DATETIME(6)  NULL,
    status_changed_at      DATETIME(6)  NOT NULL,
    sla_limit_seconds      BIGINT       NOT NULL,
    sla_used_seconds       BIGINT       NOT NULL DEFAULT 0,
    sla_running_since      DATETIME(6)  NULL,
    sla_deadline_at        DATETIME(6)  NULL,
    decision_reason        VARCHAR(1000) NULL,
    permit_number          VARCHAR(40)  NULL,
    verification_code      VARCHAR(40)  NULL,
    issued_at              DATETIME(6)  NULL,
    valid_until            DATE         NULL,
    expiry_reminded_at     DATETIME(6)  NULL,
    version                INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_permit_application_type FOREIGN KEY (permit_type_id) REFERENCES permit_type (id),
    CONSTRAINT fk_permit_application_account FOREIGN KEY (applicant_account_id) REFERENCES account (id),
    CONSTRAINT fk_permit_application_renewal FOREIGN KEY (renewal_of_id) REFERENCES permit_application (id),
    CONSTRAINT uq_permit_application_tracking UNIQUE (tracking_number),
    CONSTRAINT uq_permit_application_number UNIQUE (permit_number),
    CONSTRAINT uq_permit_application_verification UNIQUE (verification_code),
    -- One renewal per permit: two clicks at once cannot start two.
    CONSTRAINT uq_permit_application_renewal UNIQUE (renewal_of_id),
    CONSTRAINT ck_permit_application_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'VERIFICATION',
        'REVISION_REQUESTED', 'APPROVED', 'ISSUED', 'REJECTED')),
    CONSTRAINT ck_permit_application_nib_check CHECK (nib_check IN ('FOUND', 'NOT_FOUND', 'UNAVAILABLE')),
    INDEX ix_permit_application_applicant (applicant_account_id, created_at),
    INDEX ix_permit_application_queue (status, sla_deadline_at),
    INDEX ix_permit_application_expiry (status, valid_until)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The current file for each required document of an application; a re-upload replaces it.
CREATE TABLE permit_application_document (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id    BIGINT       NOT NULL,
    requirement_id    BIGINT       NOT NULL,
    file_name         VARCHAR(200) NOT NULL,
    content_type      VARCHAR(60)  NOT NULL,
    size_bytes        INT          NOT NULL,
    content           LONGBLOB     NOT NULL,
    uploaded_at       DATETIME(6)  NOT NULL,
    review_status     VARCHAR(10)  NOT NULL DEFAULT 'NEW',
    remark            VARCHAR(500) NULL,
    CONSTRAINT fk_permit_application_document_app FOREIGN KEY (application_id) REFERENCES permit_application (id),
    CONSTRAINT fk_permit_application_document_req FOREIGN KEY (requirement_id) REFERENCES permit_document_requirement (id),
    CONSTRAINT uq_permit_application_document UNIQUE (application_id, requirement_id),
    CONSTRAINT ck_permit_application_document_status CHECK (review_status IN ('NEW', 'ACCEPTED', 'REVISE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every move of an application: the timeline the applicant and the office see.
CREATE TABLE permit_application_event (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id    BIGINT        NOT NULL,
    at                DATETIME(6)   NOT NULL,
    actor_account_id  BIGINT        NULL,
    actor_name        VARCHAR(120)  NOT NULL,
    from_status       VARCHAR(20)   NULL,
    to_status         VARCHAR(20)   NOT NULL,
    note              VARCHAR(1000) NULL,
    CONSTRAINT fk_permit_application_event_app FOREIGN KEY (application_id) REFERENCES permit_application (id),
    INDEX ix_permit_application_event_app (application_id, at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The catalogue the office starts with; admins edit it on /admin/permit-types.xhtml.
INSERT INTO permit_type (code, name_id, name_en, description_id, fee_rupiah, service_days, validity_months,
                         renewable, renewal_window_days, risk_levels) VALUES
('SPP-IRT', 'Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT)', 'Home food industry production certificate (SPP-IRT)',
 'Untuk produsen pangan olahan rumahan dengan risiko menengah rendah.', 0, 14, 60, TRUE, 90, 'MR'),
('IUMK', 'Izin Usaha Mikro dan Kecil (IUMK)', 'Micro and small business licence (IUMK)',
 'Izin usaha bagi usaha mikro dan kecil.', 0, 5, NULL, FALSE, 0, 'R,MR'),
('REKLAME', 'Izin Penyelenggaraan Reklame', 'Advertisement (reklame) permit',
 'Untuk papan nama dan reklame usaha di ruang publik.', 150000, 7, 12, TRUE, 30, 'R,MR,MT,T'),
('SS-MR', 'Sertifikat Standar (menengah rendah)', 'Standard certificate (medium-low risk)',
 'Pernyataan mandiri pemenuhan standar usaha berisiko menengah rendah.', 0, 3, NULL, FALSE, 0, 'MR'),
('SS-MT', 'Sertifikat Standar terverifikasi (menengah tinggi)', 'Verified standard certificate (medium-high risk)',
 'Sertifikat standar yang diverifikasi petugas untuk usaha berisiko menengah tinggi.', 0, 10, NULL, FALSE, 0, 'MT');

INSERT INTO permit_document_requirement (permit_type_id, code, name_id, name_en, mandatory, formats, max_kb, position)
SELECT t.id, d.code, d.name_id, d.name_en, d.mandatory, d.formats, d.max_kb, d.position
FROM permit_type t JOIN (
    SELECT 'SPP-IRT' AS type_code, 'KTP' AS code, 'KTP pemilik' AS name_id, 'Owner’s identity card' AS name_en, TRUE AS mandatory, 'PDF,JPEG,PNG' AS formats, 2048 AS max_kb, 1 AS position
    UNION ALL SELECT 'SPP-IRT', 'PKP', 'Sertifikat Penyuluhan Keamanan Pangan', 'Food safety training certificate', TRUE, 'PDF', 2048, 2
    UNION ALL SELECT 'SPP-IRT', 'DENAH', 'Denah lokasi dan ruang produksi', 'Site and production room plan', TRUE, 'PDF,JPEG,PNG', 2048, 3
    UNION ALL SELECT 'SPP-IRT', 'LABEL', 'Rancangan label produk', 'Product label design', TRUE, 'PDF,JPEG,PNG', 2048, 4
    UNION ALL SELECT 'SPP-IRT', 'AIR', 'Hasil uji air bersih', 'Clean water test result', FALSE, 'PDF', 2048, 5
    UNION ALL SELECT 'IUMK', 'KTP', 'KTP pemilik', 'Owner’s identity card', TRUE, 'PDF,JPEG,PNG', 2048, 1
    UNION ALL SELECT 'IUMK', 'SKU', 'Surat keterangan usaha dari kelurahan', 'Business statement from the kelurahan', TRUE, 'PDF', 2048, 2
    UNION ALL SELECT 'IUMK', 'FOTO', 'Foto tempat usaha', 'Photo of the business premises', FALSE, 'JPEG,PNG', 2048, 3
    UNION ALL SELECT 'REKLAME', 'KTP', 'KTP pemilik', 'Owner’s identity card', TRUE, 'PDF,JPEG,PNG', 2048, 1
    UNION ALL SELECT 'REKLAME', 'DESAIN', 'Desain dan ukuran reklame', 'Advertisement design and size', TRUE, 'PDF,JPEG,PNG', 5120, 2
    UNION ALL SELECT 'REKLAME', 'LOKASI', 'Foto lokasi pemasangan', 'Photo of the site', TRUE, 'JPEG,PNG', 5120, 3
    UNION ALL SELECT 'SS-MR', 'PERNYATAAN', 'Pernyataan mandiri pemenuhan standar', 'Self-declaration of meeting the standard', TRUE, 'PDF', 2048, 1
    UNION ALL SELECT 'SS-MT', 'PERNYATAAN', 'Pernyataan mandiri pemenuhan standar', 'Self-declaration of meeting the standard', TRUE, 'PDF', 2048, 1
    UNION ALL SELECT 'SS-MT', 'BUKTI', 'Bukti pemenuhan standar (foto, dokumen)', 'Evidence of meeting the standard', TRUE, 'PDF,JPEG,PNG', 5120, 2
) d ON d.type_code = t.code;
