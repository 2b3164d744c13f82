-- Buyers' carts kept across visits, and the in-app notifications (with their mails) of every context.

-- One line per product (and variant) in a logged-in buyer's cart. variant_id 0 means "no variant", so
-- the unique key holds for plain products too (NULLs never collide); no foreign key to product_variant:
-- a seller may drop a variant, and the cart then shows the line as no longer available.
CREATE TABLE cart_item (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    buyer_account_id BIGINT      NOT NULL,
    product_id       BIGINT      NOT NULL,
    variant_id       BIGINT      NOT NULL DEFAULT 0,
    quantity         INT         NOT NULL,
    added_at         DATETIME(6) NOT NULL,
    CONSTRAINT uq_cart_item UNIQUE (buyer_account_id, product_id, variant_id),
    CONSTRAINT fk_cart_item_buyer FOREIGN KEY (buyer_account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_cart_item_product FOREIGN KEY (product_id) REFERENCES product (id) ON DELETE CASCADE,
    CONSTRAINT ck_cart_item_quantity CHECK (quantity > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a person was told, in their language at the time. dedup_key names the occasion (e.g.
-- "order:17:PAID:buyer"): the unique key makes a repeated event (a retried job, a repeated payment
-- notification) tell nobody twice, in the app or by mail.
CREATE TABLE notification (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id  BIGINT        NOT NULL,
    dedup_key   VARCHAR(120)  NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    body        VARCHAR(1000) NOT NULL,
    link        VARCHAR(255)  NULL,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6)   NULL,
    CONSTRAINT uq_notification UNIQUE (account_id, dedup_key),
    CONSTRAINT fk_notification_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    INDEX ix_notification_unread (account_id, read_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
