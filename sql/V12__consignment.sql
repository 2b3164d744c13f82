-- Consignment at the outlets (the UKM Center at Sepinggan airport): agreements with consignors, intake
-- notes and the labelled batches they bring in, counter sales and refunds, return notes, settlements.
-- Money moves in the payment context's ledger (docs/consignment.md); these tables hold the goods.

-- The ledger learns three events: an outlet sale, its refund, and a consignor's approved settlement.
ALTER TABLE ledger_journal DROP CONSTRAINT ck_ledger_journal_kind;
ALTER TABLE ledger_journal ADD CONSTRAINT ck_ledger_journal_kind CHECK (kind IN ('PAYMENT_RECEIVED', 'RELEASE',
    'REFUND', 'PAYOUT', 'PAYOUT_SENT', 'OUTLET_SALE', 'OUTLET_REFUND', 'SETTLEMENT'));

CREATE TABLE consignment_outlet (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    name    VARCHAR(120) NOT NULL,
    address VARCHAR(255) NULL,
    CONSTRAINT uq_consignment_outlet_name UNIQUE (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO consignment_outlet (name, address)
VALUES ('UKM Center Bandara', 'Bandara Internasional Sultan Aji Muhammad Sulaiman Sepinggan, Balikpapan');

-- The terms a consignor and an outlet agree on. Staff offer them; the seller accepts; staff end them.
CREATE TABLE consignment_agreement (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    seller_id          BIGINT       NOT NULL,
    outlet_id          BIGINT       NOT NULL,
    commission_percent DECIMAL(5, 2) NOT NULL,
    consignment_days   INT          NOT NULL,
    grace_days         INT          NOT NULL,
    end_action         VARCHAR(10)  NOT NULL,
    markdown_percent   DECIMAL(5, 2) NULL,
    payout_frequency   VARCHAR(10)  NOT NULL,
    status             VARCHAR(10)  NOT NULL,
    created_by         BIGINT       NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    accepted_at        DATETIME(6)  NULL,
    ended_at           DATETIME(6)  NULL,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_consignment_agreement_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    CONSTRAINT fk_consignment_agreement_outlet FOREIGN KEY (outlet_id) REFERENCES consignment_outlet (id),
    CONSTRAINT fk_consignment_agreement_creator FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_consignment_agreement_terms CHECK (commission_percent >= 0 AND commission_percent < 100
        AND consignment_days > 0 AND grace_days >= 0),
    CONSTRAINT ck_consignment_agreement_end CHECK (end_action IN ('RETURN', 'MARKDOWN')
        AND (end_action = 'RETURN' OR (markdown_percent > 0 AND markdown_percent < 100))),
    CONSTRAINT ck_consignment_agreement_frequency CHECK (payout_frequency IN ('WEEKLY', 'MONTHLY')),
    CONSTRAINT ck_consignment_agreement_status CHECK (status IN ('OFFERED', 'ACTIVE', 'ENDED')),
    INDEX ix_consignment_agreement_seller (seller_id, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A different commission for some business categories of the agreement.
CREATE TABLE consignment_category_rate (
    agreement_id       BIGINT        NOT NULL,
    category_id        SMALLINT      NOT NULL,
    commission_percent DECIMAL(5, 2) NOT NULL,
    PRIMARY KEY (agreement_id, category_id),
    CONSTRAINT fk_consignment_category_rate_agreement FOREIGN KEY (agreement_id) REFERENCES consignment_agreement (id),
    CONSTRAINT ck_consignment_category_rate CHECK (commission_percent >= 0 AND commission_percent < 100)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Goods received at the outlet against an agreement, with the cashier who received them.
CREATE TABLE consignment_intake (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    agreement_id BIGINT       NOT NULL,
    seller_id    BIGINT       NOT NULL,
    outlet_id    BIGINT       NOT NULL,
    received_by  BIGINT       NOT NULL,
    received_at  DATETIME(6)  NOT NULL,
    note         VARCHAR(255) NULL,
    CONSTRAINT fk_consignment_intake_agreement FOREIGN KEY (agreement_id) REFERENCES consignment_agreement (id),
    CONSTRAINT fk_consignment_intake_receiver FOREIGN KEY (received_by) REFERENCES account (id),
    INDEX ix_consignment_intake_seller (seller_id, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One labelled batch of an intake: the same product, price and best-before date. Its units are always
-- in exactly one state: in stock, reserved (a QRIS sale awaiting payment), sold, expired, returned,
-- damaged or lost; the check keeps the sum equal to what was received.
CREATE TABLE consignment_item (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    code                  VARCHAR(24)  NOT NULL,
    intake_id             BIGINT       NOT NULL,
    agreement_id          BIGINT       NOT NULL,
    seller_id             BIGINT       NOT NULL,
    outlet_id             BIGINT       NOT NULL,
    name                  VARCHAR(150) NOT NULL,
    category_id           SMALLINT     NOT NULL,
    unit_price_rupiah     BIGINT       NOT NULL,
    original_price_rupiah BIGINT       NOT NULL,
    best_before           DATE         NULL,
    consign_until         DATE         NOT NULL,
    quantity_received     INT          NOT NULL,
    quantity_in_stock     INT          NOT NULL,
    quantity_reserved     INT          NOT NULL DEFAULT 0,
    quantity_sold         INT          NOT NULL DEFAULT 0,
    quantity_expired      INT          NOT NULL DEFAULT 0,
    quantity_returned     INT          NOT NULL DEFAULT 0,
    quantity_damaged      INT          NOT NULL DEFAULT 0,
    quantity_lost         INT          NOT NULL DEFAULT 0,
    age_flag              VARCHAR(12)  NOT NULL DEFAULT 'OK',
    marked_down_at        DATETIME(6)  NULL,
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_consignment_item_code UNIQUE (code),
    CONSTRAINT fk_consignment_item_intake FOREIGN KEY (intake_id) REFERENCES consignment_intake (id),
    CONSTRAINT ck_consignment_item_price CHECK (unit_price_rupiah > 0 AND original_price_rupiah > 0),
    CONSTRAINT ck_consignment_item_units CHECK (quantity_received > 0 AND quantity_in_stock >= 0
        AND quantity_reserved >= 0 AND quantity_sold >= 0 AND quantity_expired >= 0 AND quantity_returned >= 0
        AND quantity_damaged >= 0 AND quantity_lost >= 0
        AND quantity_received = quantity_in_stock + quantity_reserved + quantity_sold + quantity_expired
            + quantity_returned + quantity_damaged + quantity_lost),
    CONSTRAINT ck_consignment_item_flag CHECK (age_flag IN ('OK', 'EXPIRING', 'EXPIRED', 'IN_GRACE', 'MARKED_DOWN',
        'DUE_RETURN')),
    INDEX ix_consignment_item_seller (seller_id, outlet_id),
    INDEX ix_consignment_item_stock (outlet_id, quantity_in_stock)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A counter sale; its payment reference is "OS-" and the id. Cash and card are recorded, not processed.
CREATE TABLE consignment_sale (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    outlet_id            BIGINT      NOT NULL,
    cashier_id           BIGINT      NOT NULL,
    tender               VARCHAR(5)  NOT NULL,
    status               VARCHAR(16) NOT NULL,
    total_rupiah         BIGINT      NOT NULL,
    cash_received_rupiah BIGINT      NULL,
    card_approval_code   VARCHAR(12) NULL,
    card_last_digits     VARCHAR(4)  NULL,
    created_at           DATETIME(6) NOT NULL,
    paid_at              DATETIME(6) NULL,
    closed_at            DATETIME(6) NULL,
    refunded_at          DATETIME(6) NULL,
    refunded_by          BIGINT      NULL,
    refund_reason        VARCHAR(255) NULL,
    version              INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_consignment_sale_outlet FOREIGN KEY (outlet_id) REFERENCES consignment_outlet (id),
    CONSTRAINT fk_consignment_sale_cashier FOREIGN KEY (cashier_id) REFERENCES account (id),
    CONSTRAINT ck_consignment_sale_tender CHECK (tender IN ('QRIS', 'CASH', 'CARD')),
    CONSTRAINT ck_consignment_sale_status CHECK (status IN ('AWAITING_PAYMENT', 'PAID', 'CANCELLED', 'REFUNDED')),
    CONSTRAINT ck_consignment_sale_total CHECK (total_rupiah > 0),
    INDEX ix_consignment_sale_status (status, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A line of a sale: units of one batch, with the commission worked out when it was sold. A line is
-- settled at most once (settlement_id), and so is its refund (refund_settlement_id).
CREATE TABLE consignment_sale_line (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    sale_id              BIGINT        NOT NULL,
    item_id              BIGINT        NOT NULL,
    seller_id            BIGINT        NOT NULL,
    quantity             INT           NOT NULL,
    unit_price_rupiah    BIGINT        NOT NULL,
    gross_rupiah         BIGINT        NOT NULL,
    commission_percent   DECIMAL(5, 2) NOT NULL,
    commission_rupiah    BIGINT        NOT NULL,
    net_rupiah           BIGINT        NOT NULL,
    settlement_id        BIGINT        NULL,
    refund_settlement_id BIGINT        NULL,
    CONSTRAINT fk_consignment_sale_line_sale FOREIGN KEY (sale_id) REFERENCES consignment_sale (id),
    CONSTRAINT fk_consignment_sale_line_item FOREIGN KEY (item_id) REFERENCES consignment_item (id),
    CONSTRAINT ck_consignment_sale_line_amounts CHECK (quantity > 0 AND gross_rupiah = quantity * unit_price_rupiah
        AND net_rupiah = gross_rupiah - commission_rupiah AND commission_rupiah >= 0),
    INDEX ix_consignment_sale_line_seller (seller_id, settlement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Goods handed back to their owner (unsold at the end of the period, expired, or asked back).
CREATE TABLE consignment_return_note (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    seller_id  BIGINT       NOT NULL,
    outlet_id  BIGINT       NOT NULL,
    created_by BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    CONSTRAINT fk_consignment_return_note_creator FOREIGN KEY (created_by) REFERENCES account (id),
    INDEX ix_consignment_return_note_seller (seller_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consignment_return_line (
    note_id  BIGINT      NOT NULL,
    item_id  BIGINT      NOT NULL,
    quantity INT         NOT NULL,
    reason   VARCHAR(12) NOT NULL,
    PRIMARY KEY (note_id, item_id),
    CONSTRAINT fk_consignment_return_line_note FOREIGN KEY (note_id) REFERENCES consignment_return_note (id),
    CONSTRAINT fk_consignment_return_line_item FOREIGN KEY (item_id) REFERENCES consignment_item (id),
    CONSTRAINT ck_consignment_return_line CHECK (quantity > 0 AND reason IN ('EXPIRED', 'UNSOLD', 'OWNER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A consignor's statement for a period: totals read from the ledger when it was drawn up. Approval
-- posts the net payable to the seller's payable account once; the payout batch then pays it.
CREATE TABLE consignment_settlement (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    seller_id         BIGINT      NOT NULL,
    period_from       DATE        NOT NULL,
    period_to         DATE        NOT NULL,
    units_sold        INT         NOT NULL,
    gross_rupiah      BIGINT      NOT NULL,
    commission_rupiah BIGINT      NOT NULL,
    net_sales_rupiah  BIGINT      NOT NULL,
    units_refunded    INT         NOT NULL,
    adjustment_rupiah BIGINT      NOT NULL,
    units_returned    INT         NOT NULL,
    net_payable_rupiah BIGINT     NOT NULL,
    status            VARCHAR(10) NOT NULL,
    created_by        BIGINT      NOT NULL,
    created_at        DATETIME(6) NOT NULL,
    approved_by       BIGINT      NULL,
    approved_at       DATETIME(6) NULL,
    version           INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_consignment_settlement_creator FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_consignment_settlement_approver FOREIGN KEY (approved_by) REFERENCES account (id),
    CONSTRAINT ck_consignment_settlement_status CHECK (status IN ('DRAFT', 'APPROVED')),
    CONSTRAINT ck_consignment_settlement_sums CHECK (net_sales_rupiah = gross_rupiah - commission_rupiah
        AND net_payable_rupiah = net_sales_rupiah + adjustment_rupiah),
    INDEX ix_consignment_settlement_seller (seller_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
