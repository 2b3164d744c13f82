-- What the staff queue needs beyond V3: the OSS answer to the NIB look-up, whether the NIB's KBLI
-- codes fit the chosen category, and whether a verified seller changed key facts since the last review.
-- A changed verified profile stays public while it waits (changes_pending), ordered by changed_at.

ALTER TABLE seller
    ADD COLUMN nib_check       VARCHAR(12) NULL,
    ADD COLUMN kbli_mismatch   BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN changes_pending BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN changed_at      DATETIME(6) NULL,
    ADD CONSTRAINT ck_seller_nib_check CHECK (nib_check IN ('FOUND', 'NOT_FOUND', 'UNAVAILABLE')),
    ADD INDEX ix_seller_changes (changes_pending, changed_at);
