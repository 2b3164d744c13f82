-- Accounts, roles, one-time tokens (email verification, password reset), API tokens and the audit log.
-- Times are UTC.

CREATE TABLE account (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    email             VARCHAR(254) NOT NULL,
    full_name         VARCHAR(120) NOT NULL,
    password_hash     VARCHAR(255) NOT NULL,
    status            VARCHAR(24)  NOT NULL,
    email_verified_at DATETIME(6)  NULL,
    failed_logins     INT          NOT NULL DEFAULT 0,
    locked_until      DATETIME(6)  NULL,
    preferred_locale  VARCHAR(8)   NOT NULL DEFAULT 'id',
    created_at        DATETIME(6)  NOT NULL,
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_account_email UNIQUE (email),
    CONSTRAINT ck_account_status CHECK (status IN ('PENDING_VERIFICATION', 'ACTIVE', 'DISABLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    PRIMARY KEY (account_id, role),
    CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_role CHECK (role IN ('BUYER', 'SELLER', 'OUTLET_CASHIER', 'DKUMKMP_STAFF', 'LICENSING_OFFICER', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Links sent by mail. Only a SHA-256 of the token is kept, so a leaked table opens no account.
CREATE TABLE one_time_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    purpose    VARCHAR(24) NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    used_at    DATETIME(6) NULL,
    CONSTRAINT uq_one_time_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_one_time_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT ck_one_time_token_purpose CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_token (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    token_hash CHAR(64)    NOT NULL,
    created_at DATETIME(6) NOT NULL,
    expires_at DATETIME(6) NOT NULL,
    revoked_at DATETIME(6) NULL,
    CONSTRAINT uq_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only record of who did what: logins, failures, role changes, and staff actions of every context.
CREATE TABLE audit_log (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME(6)   NOT NULL,
    actor_id    BIGINT        NULL,
    actor       VARCHAR(254)  NULL,
    action      VARCHAR(40)   NOT NULL,
    target_type VARCHAR(40)   NULL,
    target_id   VARCHAR(64)   NULL,
    detail      VARCHAR(1000) NULL,
    client_ip   VARCHAR(45)   NULL,
    INDEX ix_audit_log_occurred (occurred_at),
    INDEX ix_audit_log_actor (actor_id, occurred_at),
    INDEX ix_audit_log_target (target_type, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
