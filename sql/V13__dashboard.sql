-- Smart Economy dashboard: the MSME counts staff measure shares against, the monthly figures the
-- refresh job computes from the other contexts' tables, and when it last did.

-- The number of MSMEs in each kecamatan that the share selling online is measured against. It starts
-- at the city's count of registrations 2019-2022 (48,161 in all), so the old marketplace's 3.31% can
-- be compared; staff change it when a newer census arrives.
CREATE TABLE dashboard_baseline (
    kecamatan_id SMALLINT    PRIMARY KEY,
    msme_count   INT         NOT NULL,
    updated_at   DATETIME(6) NOT NULL,
    updated_by   BIGINT      NULL,
    CONSTRAINT fk_dashboard_baseline_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
    CONSTRAINT fk_dashboard_baseline_staff FOREIGN KEY (updated_by) REFERENCES account (id),
    CONSTRAINT ck_dashboard_baseline_count CHECK (msme_count >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO dashboard_baseline (kecamatan_id, msme_count, updated_at)
SELECT id, msme_registered_2019_2022, UTC_TIMESTAMP(6) FROM kecamatan;

-- One row per month (WITA) and area: kecamatan_id 0 is the whole city, kelurahan_id 0 a whole
-- kecamatan. Stock figures (sellers_*, products_listed) are counted at the end of the month; the
-- others are what happened during it. Shares are computed when read, from these counts.
CREATE TABLE dashboard_figure (
    period                CHAR(7)      NOT NULL,
    kecamatan_id          SMALLINT     NOT NULL,
    kelurahan_id          SMALLINT     NOT NULL,
    sellers_new           INT          NOT NULL DEFAULT 0,
    sellers_registered    INT          NOT NULL DEFAULT 0,
    sellers_verified      INT          NOT NULL DEFAULT 0,
    sellers_nib_verified  INT          NOT NULL DEFAULT 0,
    sellers_online        INT          NOT NULL DEFAULT 0,
    products_listed       INT          NOT NULL DEFAULT 0,
    orders_paid           INT          NOT NULL DEFAULT 0,
    buyers                INT          NOT NULL DEFAULT 0,
    selling_sellers       INT          NOT NULL DEFAULT 0,
    gross_sales_rupiah    BIGINT       NOT NULL DEFAULT 0,
    payments_total        INT          NOT NULL DEFAULT 0,
    payments_cashless     INT          NOT NULL DEFAULT 0,
    training_applicants   INT          NOT NULL DEFAULT 0,
    training_seats        INT          NOT NULL DEFAULT 0,
    training_participants INT          NOT NULL DEFAULT 0,
    training_finished     INT          NOT NULL DEFAULT 0,
    training_completed    INT          NOT NULL DEFAULT 0,
    training_unmet        INT          NOT NULL DEFAULT 0,
    permits_applied       INT          NOT NULL DEFAULT 0,
    permits_issued        INT          NOT NULL DEFAULT 0,
    permits_decided       INT          NOT NULL DEFAULT 0,
    permits_within_sla    INT          NOT NULL DEFAULT 0,
    permit_median_days    DECIMAL(7,1) NULL,
    PRIMARY KEY (period, kecamatan_id, kelurahan_id),
    CONSTRAINT ck_dashboard_figure_period CHECK (period REGEXP '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    INDEX ix_dashboard_figure_area (kecamatan_id, kelurahan_id, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The refresh job's row: every refresh locks it first (instances never compute at the same time)
-- and records when the figures were computed.
CREATE TABLE dashboard_refresh (
    id           TINYINT     PRIMARY KEY,
    refreshed_at DATETIME(6) NULL,
    duration_ms  INT         NULL
) ENGINE = InnoDB;
INSERT INTO dashboard_refresh (id) VALUES (1);

-- The staff drill-down lists the records of one month, newest first: month ranges on these columns.
CREATE INDEX ix_orders_paid ON orders (paid_at);
CREATE INDEX ix_training_enrollment_applied ON training_enrollment (applied_at);
CREATE INDEX ix_permit_application_submitted ON permit_application (submitted_at);
