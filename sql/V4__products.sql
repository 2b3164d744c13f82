-- Products of sellers, their variants and photos.
-- seller's kecamatan and scale and the "visible" flag (published and seller verified) are copied onto
-- the product so the public catalogue filters and counts facets on one table at city scale; the
-- catalogue keeps them in step when a product or its seller changes.

CREATE TABLE product (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    seller_id       BIGINT       NOT NULL,
    name            VARCHAR(150) NOT NULL,
    slug            VARCHAR(160) NOT NULL,
    description     TEXT         NULL,
    category_id     SMALLINT     NOT NULL,
    price_rupiah    BIGINT       NOT NULL,
    stock           INT          NOT NULL DEFAULT 0,
    unit            VARCHAR(20)  NOT NULL,
    weight_grams    INT          NULL,
    status          VARCHAR(10)  NOT NULL DEFAULT 'DRAFT',
    has_variants    BOOLEAN      NOT NULL DEFAULT FALSE,
    cover_media_id  BIGINT       NULL,
    kecamatan_id    SMALLINT     NOT NULL,
    seller_scale    VARCHAR(8)   NOT NULL,
    visible         BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    published_at    DATETIME(6)  NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_product_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    CONSTRAINT fk_product_category FOREIGN KEY (category_id) REFERENCES business_category (id),
    CONSTRAINT fk_product_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
    CONSTRAINT fk_product_cover FOREIGN KEY (cover_media_id) REFERENCES media (id),
    CONSTRAINT ck_product_price CHECK (price_rupiah > 0),
    CONSTRAINT ck_product_stock CHECK (stock >= 0),
    CONSTRAINT ck_product_weight CHECK (weight_grams IS NULL OR weight_grams > 0),
    CONSTRAINT ck_product_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    CONSTRAINT ck_product_scale CHECK (seller_scale IN ('MICRO', 'SMALL', 'MEDIUM')),
    INDEX ix_product_seller (seller_id, status, updated_at),
    INDEX ix_product_visible_category (visible, category_id, price_rupiah),
    INDEX ix_product_visible_kecamatan (visible, kecamatan_id, price_rupiah),
    INDEX ix_product_visible_new (visible, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE product_variant (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    product_id   BIGINT      NOT NULL,
    size         VARCHAR(20) NOT NULL DEFAULT '',
    colour       VARCHAR(30) NOT NULL DEFAULT '',
    price_rupiah BIGINT      NOT NULL,
    stock        INT         NOT NULL DEFAULT 0,
    sort_order   SMALLINT    NOT NULL DEFAULT 0,
    version      INT         NOT NULL DEFAULT 0,
    CONSTRAINT uq_product_variant UNIQUE (product_id, size, colour),
    CONSTRAINT fk_product_variant_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT ck_product_variant_price CHECK (price_rupiah > 0),
    CONSTRAINT ck_product_variant_stock CHECK (stock >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE product_photo (
    product_id BIGINT   NOT NULL,
    position   SMALLINT NOT NULL,
    media_id   BIGINT   NOT NULL,
    PRIMARY KEY (product_id, position),
    CONSTRAINT fk_product_photo_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT fk_product_photo_media FOREIGN KEY (media_id) REFERENCES media (id),
    CONSTRAINT ck_product_photo_position CHECK (position BETWEEN 0 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
