-- Uploaded images (logos, product photos) and seller profiles.
-- Images live in the database: one place to back up and to share between clustered instances.

CREATE TABLE media (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    owner_account_id BIGINT       NOT NULL,
    content_type     VARCHAR(20)  NOT NULL,
    size_bytes       INT          NOT NULL,
    width            INT          NOT NULL,
    height           INT          NOT NULL,
    sha256           CHAR(64)     NOT NULL,
    original_name    VARCHAR(255) NULL,
    data             MEDIUMBLOB   NOT NULL,
    thumbnail        MEDIUMBLOB   NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    CONSTRAINT fk_media_owner FOREIGN KEY (owner_account_id) REFERENCES account (id),
    CONSTRAINT ck_media_type CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    CONSTRAINT ck_media_size CHECK (size_bytes BETWEEN 1 AND 5242880),
    INDEX ix_media_owner (owner_account_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One business per SELLER account. A profile is a draft until submitted; staff verify or reject it.
-- Only VERIFIED sellers' products are public.
CREATE TABLE seller (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id            BIGINT       NOT NULL,
    slug                  VARCHAR(80)  NULL,
    business_name         VARCHAR(120) NOT NULL,
    owner_name            VARCHAR(120) NULL,
    nib                   CHAR(13)     NULL,
    nib_checked_at        DATETIME(6)  NULL,
    nib_verified          BOOLEAN      NOT NULL DEFAULT FALSE,
    kecamatan_id          SMALLINT     NULL,
    kelurahan_id          SMALLINT     NULL,
    address               VARCHAR(255) NULL,
    category_id           SMALLINT     NULL,
    scale                 VARCHAR(8)   NULL,
    phone                 VARCHAR(20)  NULL,
    women_led             BOOLEAN      NOT NULL DEFAULT FALSE,
    description           TEXT         NULL,
    logo_media_id         BIGINT       NULL,
    payout_method         VARCHAR(8)   NULL,
    payout_provider       VARCHAR(40)  NULL,
    payout_account_number VARCHAR(34)  NULL,
    payout_account_holder VARCHAR(120) NULL,
    qris_nmid             VARCHAR(20)  NULL,
    pirt_number           VARCHAR(30)  NULL,
    halal_number          VARCHAR(40)  NULL,
    onboarding_step       TINYINT      NOT NULL DEFAULT 1,
    status                VARCHAR(10)  NOT NULL DEFAULT 'DRAFT',
    review_note           VARCHAR(500) NULL,
    submitted_at          DATETIME(6)  NULL,
    verified_at           DATETIME(6)  NULL,
    created_at            DATETIME(6)  NOT NULL,
    updated_at            DATETIME(6)  NOT NULL,
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_seller_account UNIQUE (account_id),
    CONSTRAINT uq_seller_slug UNIQUE (slug),
    CONSTRAINT uq_seller_nib UNIQUE (nib),
    CONSTRAINT fk_seller_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_seller_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
    CONSTRAINT fk_seller_kelurahan FOREIGN KEY (kelurahan_id) REFERENCES kelurahan (id),
    CONSTRAINT fk_seller_category FOREIGN KEY (category_id) REFERENCES business_category (id),
    CONSTRAINT fk_seller_logo FOREIGN KEY (logo_media_id) REFERENCES media (id),
    CONSTRAINT ck_seller_nib CHECK (nib REGEXP '^[0-9]{13}$'),
    CONSTRAINT ck_seller_scale CHECK (scale IN ('MICRO', 'SMALL', 'MEDIUM')),
    CONSTRAINT ck_seller_payout CHECK (payout_method IN ('BANK', 'EWALLET')),
    CONSTRAINT ck_seller_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'VERIFIED', 'REJECTED', 'SUSPENDED')),
    INDEX ix_seller_status (status, submitted_at),
    INDEX ix_seller_kecamatan (kecamatan_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every decision on a profile, for the seller's and the auditor's eyes.
CREATE TABLE seller_review (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    seller_id   BIGINT       NOT NULL,
    decision    VARCHAR(10)  NOT NULL,
    note        VARCHAR(500) NULL,
    decided_by  BIGINT       NOT NULL,
    decided_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_seller_review_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    CONSTRAINT fk_seller_review_staff FOREIGN KEY (decided_by) REFERENCES account (id),
    CONSTRAINT ck_seller_review_decision CHECK (decision IN ('VERIFIED', 'REJECTED', 'SUSPENDED', 'REINSTATED')),
    INDEX ix_seller_review_seller (seller_id, decided_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
