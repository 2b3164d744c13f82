-- Weekly payout runs: one row per weekly slot, claimed with INSERT IGNORE, so however many instances
-- of the portal wake up for the slot, only one runs its batch.
CREATE TABLE payout_schedule_run (
    slot_start DATETIME(6) PRIMARY KEY,
    ran_at     DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
