-- Bulk product imports live in the database, not in one server's memory: the progress bar and the
-- per-row report read these rows from any server of a cluster, and a job whose server stopped is
-- taken over when its lease runs out. Each row's product and the job's progress commit together, so
-- a resumed job starts at the first unprocessed row and saves no row twice. The uploaded file is kept
-- until the job finishes, to be read again on resumption.
CREATE TABLE product_import_job (
    id             CHAR(36)     NOT NULL PRIMARY KEY,
    account_id     BIGINT       NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    content        MEDIUMBLOB   NULL,
    total_rows     INT          NOT NULL,
    processed_rows INT          NOT NULL DEFAULT 0,
    saved_rows     INT          NOT NULL DEFAULT 0,
    failed_rows    INT          NOT NULL DEFAULT 0,
    state          VARCHAR(10)  NOT NULL,
    worker         VARCHAR(36)  NULL,
    lease_until    DATETIME(6)  NULL,
    started_at     DATETIME(6)  NOT NULL,
    finished_at    DATETIME(6)  NULL,
    CONSTRAINT fk_product_import_job_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_product_import_job_state CHECK (state IN ('RUNNING', 'FINISHED')),
    CONSTRAINT ck_product_import_job_rows CHECK (processed_rows <= total_rows AND saved_rows + failed_rows = processed_rows),
    INDEX ix_product_import_job_lease (state, lease_until),
    INDEX ix_product_import_job_account (account_id, started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Why a row was refused: the column at fault and a message key with its arguments (a JSON array),
-- translated when read.
CREATE TABLE product_import_problem (
    job_id       CHAR(36)      NOT NULL,
    row_no       INT           NOT NULL,
    seq          SMALLINT      NOT NULL,
    column_name  VARCHAR(60)   NOT NULL,
    message_key  VARCHAR(100)  NOT NULL,
    message_args VARCHAR(2000) NOT NULL,
    PRIMARY KEY (job_id, row_no, seq),
    CONSTRAINT fk_product_import_problem_job FOREIGN KEY (job_id) REFERENCES product_import_job (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
