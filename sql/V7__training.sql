-- Training programmes of the MSME office, their sessions, seat quotas per kecamatan, enrollments
-- and attendance.

CREATE TABLE training_programme (
    id                              BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                           VARCHAR(150)  NOT NULL,
    topic                           VARCHAR(24)   NOT NULL,
    partner                         VARCHAR(120)  NULL,
    description                     TEXT          NULL,
    venue                           VARCHAR(255)  NULL,
    online_link                     VARCHAR(255)  NULL,
    capacity                        INT           NOT NULL,
    budget_per_participant_rupiah   BIGINT        NOT NULL,
    total_budget_rupiah             BIGINT        NOT NULL,
    registration_opens_at           DATETIME(6)   NOT NULL,
    registration_closes_at          DATETIME(6)   NOT NULL,
    allocation_mode                 VARCHAR(12)   NOT NULL,
    eligible_scales                 VARCHAR(40)   NULL,
    eligible_kecamatan_ids          VARCHAR(40)   NULL,
    eligible_category_ids           VARCHAR(255)  NULL,
    weight_never_trained            INT           NOT NULL DEFAULT 30,
    weight_micro_scale              INT           NOT NULL DEFAULT 25,
    weight_not_selling_online       INT           NOT NULL DEFAULT 20,
    weight_women_led                INT           NOT NULL DEFAULT 15,
    weight_underserved_kecamatan    INT           NOT NULL DEFAULT 10,
    min_attendance_percent          INT           NOT NULL DEFAULT 80,
    hours                           INT           NOT NULL DEFAULT 0,
    status                          VARCHAR(12)   NOT NULL DEFAULT 'DRAFT',
    seats_taken                     INT           NOT NULL DEFAULT 0,
    allocated_at                    DATETIME(6)   NULL,
    created_by                      BIGINT        NOT NULL,
    created_at                      DATETIME(6)   NOT NULL,
    updated_at                      DATETIME(6)   NOT NULL,
    version                         INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_training_programme_creator FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_training_programme_mode CHECK (allocation_mode IN ('FIRST_COME', 'PRIORITY')),
    CONSTRAINT ck_training_programme_status CHECK (status IN ('DRAFT', 'OPEN', 'ALLOCATED', 'FINISHED', 'CANCELLED')),
    CONSTRAINT ck_training_programme_seats CHECK (capacity > 0 AND seats_taken BETWEEN 0 AND capacity),
    -- Seats the budget cannot pay for cannot be offered.
    CONSTRAINT ck_training_programme_budget CHECK (budget_per_participant_rupiah >= 0
        AND capacity * budget_per_participant_rupiah <= total_budget_rupiah),
    CONSTRAINT ck_training_programme_window CHECK (registration_closes_at > registration_opens_at),
    CONSTRAINT ck_training_programme_attendance CHECK (min_attendance_percent BETWEEN 0 AND 100),
    INDEX ix_training_programme_open (status, registration_closes_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Seats held for applicants of a kecamatan (together at most the capacity).
CREATE TABLE training_quota (
    programme_id BIGINT   NOT NULL,
    kecamatan_id SMALLINT NOT NULL,
    seats        INT      NOT NULL,
    PRIMARY KEY (programme_id, kecamatan_id),
    CONSTRAINT fk_training_quota_programme FOREIGN KEY (programme_id) REFERENCES training_programme (id) ON DELETE CASCADE,
    CONSTRAINT fk_training_quota_kecamatan FOREIGN KEY (kecamatan_id) REFERENCES kecamatan (id),
    CONSTRAINT ck_training_quota_seats CHECK (seats > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_session (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    programme_id    BIGINT       NOT NULL,
    title           VARCHAR(150) NOT NULL,
    starts_at       DATETIME(6)  NOT NULL,
    ends_at         DATETIME(6)  NOT NULL,
    attendance_code CHAR(22)     NOT NULL,
    CONSTRAINT uq_training_session_code UNIQUE (attendance_code),
    CONSTRAINT fk_training_session_programme FOREIGN KEY (programme_id) REFERENCES training_programme (id) ON DELETE CASCADE,
    CONSTRAINT ck_training_session_time CHECK (ends_at > starts_at),
    INDEX ix_training_session_programme (programme_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One application per seller and programme. queue_rank orders the waiting list (priority rank, or
-- the order of arrival for first-come programmes).
CREATE TABLE training_enrollment (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    programme_id     BIGINT       NOT NULL,
    seller_id        BIGINT       NOT NULL,
    account_id       BIGINT       NOT NULL,
    kecamatan_id     SMALLINT     NOT NULL,
    status           VARCHAR(14)  NOT NULL,
    score            INT          NULL,
    score_reasons    VARCHAR(255) NULL,
    queue_rank       INT          NULL,
    reserved_seat    BOOLEAN      NOT NULL DEFAULT FALSE,
    applied_at       DATETIME(6)  NOT NULL,
    decided_at       DATETIME(6)  NULL,
    offer_expires_at DATETIME(6)  NULL,
    closed_at        DATETIME(6)  NULL,
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_training_enrollment UNIQUE (programme_id, seller_id),
    CONSTRAINT fk_training_enrollment_programme FOREIGN KEY (programme_id) REFERENCES training_programme (id),
    CONSTRAINT fk_training_enrollment_seller FOREIGN KEY (seller_id) REFERENCES seller (id),
    CONSTRAINT fk_training_enrollment_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_training_enrollment_status CHECK (status IN ('APPLIED', 'CONFIRMED', 'WAITLISTED', 'OFFERED',
        'DECLINED', 'CANCELLED', 'COMPLETED', 'NOT_COMPLETED')),
    INDEX ix_training_enrollment_queue (programme_id, status, queue_rank),
    INDEX ix_training_enrollment_offers (status, offer_expires_at),
    INDEX ix_training_enrollment_account (account_id, applied_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE training_attendance (
    session_id    BIGINT      NOT NULL,
    enrollment_id BIGINT      NOT NULL,
    method        VARCHAR(8)  NOT NULL,
    recorded_at   DATETIME(6) NOT NULL,
    recorded_by   BIGINT      NOT NULL,
    PRIMARY KEY (session_id, enrollment_id),
    CONSTRAINT fk_training_attendance_session FOREIGN KEY (session_id) REFERENCES training_session (id) ON DELETE CASCADE,
    CONSTRAINT fk_training_attendance_enrollment FOREIGN KEY (enrollment_id) REFERENCES training_enrollment (id),
    CONSTRAINT fk_training_attendance_recorder FOREIGN KEY (recorded_by) REFERENCES account (id),
    CONSTRAINT ck_training_attendance_method CHECK (method IN ('QR', 'ROSTER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
