-- Daily reminders as calendar subscriptions (issue 15). Plain SQL for H2 and PostgreSQL alike.

-- One reminder per routine, for the routine's owner. The feed's link carries a secret of 256 random bits; only its
-- SHA-256 hash is kept, like owner keys, and "New link" replaces it. The feed goes with its routine or its owner.
CREATE TABLE reminder (
    id          UUID                     NOT NULL PRIMARY KEY,
    secret_hash VARCHAR(64)              NOT NULL,
    routine_id  UUID                     NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    owner_id    UUID                     NOT NULL REFERENCES owner (id) ON DELETE CASCADE,
    -- ISO days of the week, 1 (Monday) to 7 (Sunday), as a comma-separated list such as '1,2,3,4,5,6,7'.
    days        VARCHAR(20)              NOT NULL,
    remind_at   TIME                     NOT NULL,
    time_zone   VARCHAR(64)              NOT NULL,
    language    VARCHAR(20)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_reminder_secret UNIQUE (secret_hash),
    CONSTRAINT uk_reminder_routine UNIQUE (routine_id)
);

CREATE INDEX ix_reminder_owner ON reminder (owner_id);
