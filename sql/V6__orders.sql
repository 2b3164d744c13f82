-- Buyers' checkouts and the orders they split into (one per seller), with every state change kept.

-- Courier fees by kecamatan pair, edited by DKUMKMP staff. Pickup at the seller costs nothing.
CREATE TABLE courier_fee (
    from_kecamatan_id SMALLINT    NOT NULL,
    to_kecamatan_id   SMALLINT    NOT NULL,
    fee_rupiah        BIGINT      NOT NULL,
    updated_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (from_kecamatan_id, to_kecamatan_id),
    CONSTRAINT fk_courier_fee_from FOREIGN KEY (from_kecamatan_id) REFERENCES kecamatan (id),
    CONSTRAINT fk_courier_fee_to FOREIGN KEY (to_kecamatan_id) REFERENCES kecamatan (id),
    CONSTRAINT ck_courier_fee CHECK (fee_rupiah >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A starting tariff: Rp 10.000 within a kecamatan, Rp 15.000 to a neighbour, Rp 20.000 across the city.
INSERT INTO courier_fee (from_kecamatan_id, to_kecamatan_id, fee_rupiah, updated_at)
SELECT a.id, b.id,
       CASE WHEN a.id = b.id THEN 10000 WHEN ABS(a.id - b.id) = 1 THEN 15000 ELSE 20000 END,
       UTC_TIMESTAMP(6)
  FROM kecamatan a CROSS JOIN kecamatan b;

-- One submitted cart. The buyer's idempotency key makes a repeated submission find this row again.
CREATE TABLE checkout (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    buyer_account_id BIGINT      NOT NULL,
    idempotency_key  VARCHAR(64) NOT NULL,
    total_rupiah     BIGINT      NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    CONSTRAINT uq_checkout_idempotency UNIQUE (buyer_account_id, idempotency_key),
    CONSTRAINT fk_checkout_buyer FOREIGN KEY (buyer_account_id) REFERENCES account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE orders (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_number       VARCHAR(24)  NOT NULL,
    checkout_id        BIGINT       NOT NULL,
    buyer_account_id   BIGINT       NOT NULL,
    seller_id          BIGINT       NOT NULL,
    status             VARCHAR(16)  NOT NULL,
    delivery_method    VARCHAR(8)   NOT NULL,
    delivery_address   VARCHAR(255) NULL,
    delivery_kecamatan_id SMALLINT  NULL,
    buyer_phone        VARCHAR(20)  NOT NULL,
    items_rupiah       BIGINT       NOT NULL,
    delivery_rupiah    BIGINT       NOT NULL,
    total_rupiah       BIGINT       NOT NULL,
    placed_at          DATETIME(6)  NOT NULL,
    pay_by             DATETIME(6)  NOT NULL,
    paid_at            DATETIME(6)  NULL,
    shipped_at         DATETIME(6)  NULL,
    closed_at          DATETIME(6)  NULL,
    cancel_reason      VARCHAR(500) NULL,
    refund_due         BOOLEAN      NOT NULL DEFAULT FALSE,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_orders_number UNIQUE (order_number),
    CONSTRAINT fk_orders_checkout FOREIGN KEY (checkout_id) REFERENCES checkout (id),
    CONSTRAINT fk_orders_buyer FOREIGN KEY (buyer_account_id) REFERENCES account (id),
    CONSTRAINT fk_orders_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    CONSTRAINT fk_orders_kecamatan FOREIGN KEY (delivery_kecamatan_id) REFERENCES kecamatan (id),
    CONSTRAINT ck_orders_status CHECK (status IN ('PENDING_PAYMENT', 'PAID', 'PROCESSING', 'SHIPPED', 'COMPLETED',
                                                  'CANCELLED', 'EXPIRED')),
    CONSTRAINT ck_orders_delivery CHECK (delivery_method IN ('PICKUP', 'COURIER')),
    CONSTRAINT ck_orders_amounts CHECK (items_rupiah > 0 AND delivery_rupiah >= 0
                                        AND total_rupiah = items_rupiah + delivery_rupiah),
    INDEX ix_orders_buyer (buyer_account_id, placed_at),
    INDEX ix_orders_seller (seller_id, status, placed_at),
    INDEX ix_orders_due (status, pay_by),
    INDEX ix_orders_shipped (status, shipped_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What was bought, frozen at checkout: later price or name changes do not rewrite an order.
CREATE TABLE order_item (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id           BIGINT       NOT NULL,
    product_id         BIGINT       NOT NULL,
    variant_id         BIGINT       NULL,
    name               VARCHAR(200) NOT NULL,
    unit_price_rupiah  BIGINT       NOT NULL,
    quantity           INT          NOT NULL,
    CONSTRAINT fk_order_item_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT fk_order_item_product FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT fk_order_item_variant FOREIGN KEY (variant_id) REFERENCES product_variant (id),
    CONSTRAINT ck_order_item CHECK (unit_price_rupiah > 0 AND quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The timeline: every transition with who made it and when.
CREATE TABLE order_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id    BIGINT       NOT NULL,
    from_status VARCHAR(16)  NULL,
    to_status   VARCHAR(16)  NOT NULL,
    actor_type  VARCHAR(8)   NOT NULL,
    actor_id    BIGINT       NULL,
    note        VARCHAR(500) NULL,
    occurred_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_order_event_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE,
    CONSTRAINT ck_order_event_actor CHECK (actor_type IN ('BUYER', 'SELLER', 'STAFF', 'SYSTEM')),
    INDEX ix_order_event_order (order_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
