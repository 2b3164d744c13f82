-- QRIS payments through the gateway, the notifications it sent, the double-entry ledger, payouts to
-- sellers, and the gateway simulator's own memory (used only when the simulator is enabled).

-- One charge the portal opened at the gateway, per reference (a checkout "CO-...", an outlet sale "OS-...").
CREATE TABLE payment (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference              VARCHAR(50)  NOT NULL,
    amount_rupiah          BIGINT       NOT NULL,
    description            VARCHAR(255) NULL,
    qr_string              VARCHAR(512) NOT NULL,
    expires_at             DATETIME(6)  NOT NULL,
    state                  VARCHAR(10)  NOT NULL,
    gateway_transaction_id VARCHAR(64)  NULL,
    created_at             DATETIME(6)  NOT NULL,
    paid_at                DATETIME(6)  NULL,
    closed_at              DATETIME(6)  NULL,
    version                INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_payment_reference UNIQUE (reference),
    CONSTRAINT ck_payment_amount CHECK (amount_rupiah > 0),
    CONSTRAINT ck_payment_state CHECK (state IN ('PENDING', 'PAID', 'EXPIRED', 'CANCELLED', 'DENIED', 'REFUNDED')),
    INDEX ix_payment_state (state, expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every notification that reached the webhook, trusted or not, and what the portal made of it.
CREATE TABLE payment_notification (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference          VARCHAR(50)   NULL,
    transaction_status VARCHAR(20)   NULL,
    status_code        VARCHAR(3)    NULL,
    gross_amount       VARCHAR(20)   NULL,
    transaction_id     VARCHAR(64)   NULL,
    signature_valid    BOOLEAN       NOT NULL,
    outcome            VARCHAR(20)   NOT NULL,
    confirmed_status   VARCHAR(20)   NULL,
    remote_ip          VARCHAR(45)   NULL,
    body               VARCHAR(4000) NOT NULL,
    received_at        DATETIME(6)   NOT NULL,
    INDEX ix_payment_notification_reference (reference, received_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A ledger journal: one business event, posted once. (kind, source_reference) is unique, so posting
-- the same event twice (a repeated notification, a re-run batch) inserts nothing the second time.
CREATE TABLE ledger_journal (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind              VARCHAR(20)  NOT NULL,
    source_reference  VARCHAR(64)  NOT NULL,
    payment_reference VARCHAR(50)  NULL,
    order_number      VARCHAR(24)  NULL,
    payout_batch_id   BIGINT       NULL,
    memo              VARCHAR(255) NOT NULL,
    posted_at         DATETIME(6)  NOT NULL,
    CONSTRAINT uq_ledger_journal_source UNIQUE (kind, source_reference),
    CONSTRAINT ck_ledger_journal_kind CHECK (kind IN ('PAYMENT_RECEIVED', 'RELEASE', 'REFUND', 'PAYOUT', 'PAYOUT_SENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The journal's lines: each a debit or a credit on one account (per seller for seller accounts).
-- The application posts only balanced journals (debits = credits); see docs/payments.md.
CREATE TABLE ledger_line (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    journal_id    BIGINT      NOT NULL,
    account_code  VARCHAR(32) NOT NULL,
    seller_id     BIGINT      NULL,
    debit_rupiah  BIGINT      NOT NULL DEFAULT 0,
    credit_rupiah BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_ledger_line_journal FOREIGN KEY (journal_id) REFERENCES ledger_journal (id),
    CONSTRAINT fk_ledger_line_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    CONSTRAINT ck_ledger_line_side CHECK (debit_rupiah >= 0 AND credit_rupiah >= 0
                                          AND (debit_rupiah = 0 OR credit_rupiah = 0)
                                          AND debit_rupiah + credit_rupiah > 0),
    INDEX ix_ledger_line_account (account_code, seller_id, journal_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A payout run by staff: one line per seller owed at least the minimum; paid once the bank transfer is confirmed.
CREATE TABLE payout_batch (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    status         VARCHAR(10) NOT NULL,
    minimum_rupiah BIGINT      NOT NULL,
    total_rupiah   BIGINT      NOT NULL,
    line_count     INT         NOT NULL,
    created_by     BIGINT      NULL,
    created_at     DATETIME(6) NOT NULL,
    paid_by        BIGINT      NULL,
    paid_at        DATETIME(6) NULL,
    version        INT         NOT NULL DEFAULT 0,
    CONSTRAINT fk_payout_batch_creator FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT fk_payout_batch_payer FOREIGN KEY (paid_by) REFERENCES account (id),
    CONSTRAINT ck_payout_batch_status CHECK (status IN ('EXPORTED', 'PAID'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE payout_line (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    batch_id       BIGINT       NOT NULL,
    seller_id      BIGINT       NOT NULL,
    reference      VARCHAR(32)  NOT NULL,
    amount_rupiah  BIGINT       NOT NULL,
    payout_method  VARCHAR(8)   NULL,
    provider       VARCHAR(40)  NULL,
    account_number VARCHAR(40)  NULL,
    account_holder VARCHAR(120) NULL,
    CONSTRAINT uq_payout_line_reference UNIQUE (reference),
    CONSTRAINT fk_payout_line_batch FOREIGN KEY (batch_id) REFERENCES payout_batch (id),
    CONSTRAINT fk_payout_line_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    CONSTRAINT ck_payout_line_amount CHECK (amount_rupiah > 0),
    INDEX ix_payout_line_seller (seller_id, batch_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Serialises payout runs: every run locks this one row first, so two staff running a batch at the
-- same moment compute balances one after the other.
CREATE TABLE payout_run_lock (
    id TINYINT PRIMARY KEY
) ENGINE = InnoDB;
INSERT INTO payout_run_lock (id) VALUES (1);

-- The gateway simulator's charges (only written when umkm.payment.simulator.enabled=true).
CREATE TABLE simulated_charge (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    order_id         VARCHAR(50)  NOT NULL,
    transaction_id   VARCHAR(36)  NOT NULL,
    gross_amount     BIGINT       NOT NULL,
    qr_string        VARCHAR(512) NOT NULL,
    notification_url VARCHAR(500) NULL,
    status           VARCHAR(12)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    settled_at       DATETIME(6)  NULL,
    CONSTRAINT uq_simulated_charge_order UNIQUE (order_id),
    CONSTRAINT uq_simulated_charge_transaction UNIQUE (transaction_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
