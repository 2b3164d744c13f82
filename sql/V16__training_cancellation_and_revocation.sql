-- Staff may cancel a programme (everyone enrolled is told why) and revoke a certificate issued in
-- error; both keep their reason so the decision can be explained later.
ALTER TABLE training_programme
    ADD COLUMN cancelled_at  DATETIME(6)  NULL,
    ADD COLUMN cancel_reason VARCHAR(500) NULL;

ALTER TABLE training_certificate
    ADD COLUMN revoke_reason VARCHAR(500) NULL;
