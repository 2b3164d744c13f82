-- One row per scheduled job: the instance holding its lease runs it, the others skip, so a job runs once
-- across the cluster. Claimed with a conditional UPDATE against the database's clock (never the
-- instances' clocks); a holder renews its own lease, another instance takes over once it has lapsed.
CREATE TABLE job_lease (
    name        VARCHAR(60)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(160) NULL,
    held_until  DATETIME(6)  NOT NULL,
    claimed_at  DATETIME(6)  NULL,
    claims      BIGINT       NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
