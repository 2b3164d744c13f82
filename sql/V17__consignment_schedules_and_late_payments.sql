-- Consignment: one open agreement per seller and outlet, statements drawn on each agreement's payout
-- schedule, refunds of settled sales paid back through the next statement, and the daily ageing claimed
-- once per day across the cluster (docs/consignment.md).

-- At most one offered or active agreement per seller and outlet: the key is the seller while the agreement
-- is open and NULL once it has ended (NULLs never collide in a unique index).
ALTER TABLE consignment_agreement
    ADD COLUMN open_seller_id BIGINT GENERATED ALWAYS AS
        (CASE WHEN status IN ('OFFERED', 'ACTIVE') THEN seller_id END) STORED,
    ADD CONSTRAINT uq_consignment_agreement_open UNIQUE (open_seller_id, outlet_id);

-- A statement drawn by the payout schedule belongs to one agreement and period: one per (agreement, period
-- end), however often and on however many instances the schedule runs. Staff-drawn statements have no
-- agreement. The schedule is nobody, so created_by may be empty.
ALTER TABLE consignment_settlement
    ADD COLUMN agreement_id BIGINT NULL AFTER seller_id,
    MODIFY created_by BIGINT NULL,
    ADD CONSTRAINT fk_consignment_settlement_agreement FOREIGN KEY (agreement_id) REFERENCES consignment_agreement (id),
    ADD CONSTRAINT uq_consignment_settlement_period UNIQUE (agreement_id, period_to);

-- The payout schedule's claim on an agreement's period, also when it found nothing to settle or could not
-- settle (sale lines the ledger does not know), so each period is looked at once and not again every run.
CREATE TABLE consignment_payout_run (
    agreement_id  BIGINT      NOT NULL,
    period_end    DATE        NOT NULL,
    period_start  DATE        NOT NULL,
    outcome       VARCHAR(16) NOT NULL,
    settlement_id BIGINT      NULL,
    ran_at        DATETIME(6) NOT NULL,
    PRIMARY KEY (agreement_id, period_end),
    CONSTRAINT fk_consignment_payout_run_agreement FOREIGN KEY (agreement_id) REFERENCES consignment_agreement (id),
    CONSTRAINT fk_consignment_payout_run_settlement FOREIGN KEY (settlement_id) REFERENCES consignment_settlement (id),
    CONSTRAINT ck_consignment_payout_run_outcome CHECK (outcome IN ('DRAWN', 'NOTHING_DUE', 'LEDGER_MISMATCH')
        AND (outcome = 'DRAWN') = (settlement_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The daily ageing's claim on its day (WITA), with what it did: the first instance to insert the day ages
-- the goods, the others find the day taken.
CREATE TABLE consignment_ageing_day (
    day         DATE        NOT NULL PRIMARY KEY,
    ran_at      DATETIME(6) NOT NULL,
    flagged     INT         NOT NULL,
    expired     INT         NOT NULL,
    marked_down INT         NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
