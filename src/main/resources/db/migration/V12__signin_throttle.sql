-- Sign-in and sign-up tries slow down instead of locking anyone out: one counter per email (kept as a SHA-256 hash,
-- whether or not the email has an account) and one per client address, versioned so that simultaneous tries on any
-- instance are counted one after the other. Replaces the per-address failure log and the account lock-out of V5. Plain SQL for H2 and PostgreSQL alike.
CREATE TABLE signin_throttle (
    throttle_key    VARCHAR(100)             NOT NULL PRIMARY KEY,
    failures        INT                      NOT NULL,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    not_before      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         INT                      NOT NULL
);

CREATE INDEX ix_signin_throttle_last_failure ON signin_throttle (last_failure_at);

DROP TABLE signin_failure;
ALTER TABLE account DROP COLUMN failed_attempts;
ALTER TABLE account DROP COLUMN locked_until;
