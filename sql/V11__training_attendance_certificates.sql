-- Training, second part: seats held per kecamatan in first-come programmes, session places,
-- the applicant's priority rank, staff overrides with their reasons, certificates and feedback.

-- Seats of a kecamatan quota taken so far (first-come programmes count them while registration is open).
ALTER TABLE training_quota
    ADD COLUMN seats_taken INT NOT NULL DEFAULT 0,
    ADD CONSTRAINT ck_training_quota_taken CHECK (seats_taken BETWEEN 0 AND seats);

ALTER TABLE training_session
    ADD COLUMN venue       VARCHAR(255) NULL,
    ADD COLUMN online_link VARCHAR(255) NULL;

-- Rank in the priority allocation (1 = best), kept for the applicant's explanation.
ALTER TABLE training_enrollment
    ADD COLUMN priority_rank INT NULL;

ALTER TABLE training_programme
    ADD COLUMN finished_at DATETIME(6) NULL;

-- Every staff override of the allocation, with the reason given (also in audit_log).
CREATE TABLE training_override (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrollment_id BIGINT       NOT NULL,
    action        VARCHAR(8)   NOT NULL,
    detail        VARCHAR(100) NULL,
    reason        VARCHAR(500) NOT NULL,
    staff_id      BIGINT       NOT NULL,
    occurred_at   DATETIME(6)  NOT NULL,
    CONSTRAINT fk_training_override_enrollment FOREIGN KEY (enrollment_id) REFERENCES training_enrollment (id),
    CONSTRAINT fk_training_override_staff FOREIGN KEY (staff_id) REFERENCES account (id),
    CONSTRAINT ck_training_override_action CHECK (action IN ('CONFIRM', 'REMOVE', 'RERANK')),
    INDEX ix_training_override_enrollment (enrollment_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A certificate for a participant who completed a programme. What it certifies is copied in, so
-- the public verification page shows exactly what was printed.
CREATE TABLE training_certificate (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    enrollment_id    BIGINT       NOT NULL,
    code             CHAR(14)     NOT NULL,
    participant_name VARCHAR(150) NOT NULL,
    business_name    VARCHAR(150) NOT NULL,
    programme_title  VARCHAR(150) NOT NULL,
    hours            INT          NOT NULL,
    first_day        DATE         NOT NULL,
    last_day         DATE         NOT NULL,
    issued_at        DATETIME(6)  NOT NULL,
    revoked_at       DATETIME(6)  NULL,
    CONSTRAINT uq_training_certificate_enrollment UNIQUE (enrollment_id),
    CONSTRAINT uq_training_certificate_code UNIQUE (code),
    CONSTRAINT fk_training_certificate_enrollment FOREIGN KEY (enrollment_id) REFERENCES training_enrollment (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One feedback per participant and programme.
CREATE TABLE training_feedback (
    enrollment_id BIGINT      PRIMARY KEY,
    rating        TINYINT     NOT NULL,
    comment       TEXT        NULL,
    submitted_at  DATETIME(6) NOT NULL,
    CONSTRAINT fk_training_feedback_enrollment FOREIGN KEY (enrollment_id) REFERENCES training_enrollment (id),
    CONSTRAINT ck_training_feedback_rating CHECK (rating BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
