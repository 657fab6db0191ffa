-- Owners, routines and their steps. Plain SQL for H2 and PostgreSQL alike.

-- A browser (and later an account) that owns data. Only a SHA-256 hash of the owner key cookie is stored.
CREATE TABLE owner (
    id         UUID                     NOT NULL PRIMARY KEY,
    key_hash   VARCHAR(64)              NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_owner_key_hash UNIQUE (key_hash)
);

CREATE TABLE routine (
    id                UUID                     NOT NULL PRIMARY KEY,
    owner_id          UUID                     NOT NULL REFERENCES owner (id),
    name              VARCHAR(80)              NOT NULL,
    minutes           INT                      NOT NULL,
    focus             VARCHAR(20)              NOT NULL,
    level             VARCHAR(20)              NOT NULL,
    setting           VARCHAR(20)              NOT NULL,
    shuffle_seed      BIGINT                   NOT NULL,
    safety_checked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INT                      NOT NULL,
    CONSTRAINT ck_routine_minutes CHECK (minutes BETWEEN 5 AND 30),
    CONSTRAINT ck_routine_focus CHECK (focus IN ('TIGHT', 'WEAK', 'RECOVERING', 'HIPS', 'BALANCED')),
    CONSTRAINT ck_routine_level CHECK (level IN ('BEGINNER', 'INTERMEDIATE')),
    CONSTRAINT ck_routine_setting CHECK (setting IN ('FLOOR', 'DESK'))
);

CREATE INDEX ix_routine_owner ON routine (owner_id, created_at);

-- Movements and positions the person said hurt.
CREATE TABLE routine_avoid (
    routine_id UUID        NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    avoid      VARCHAR(20) NOT NULL,
    PRIMARY KEY (routine_id, avoid),
    CONSTRAINT ck_routine_avoid CHECK (avoid IN ('FLEXION', 'EXTENSION', 'ROTATION', 'KNEELING', 'LYING_FACE_DOWN'))
);

-- Safety-check answers that shaped the routine (no answer means "none of these"). Red flags are never stored:
-- they stop the builder before anything is saved.
CREATE TABLE routine_condition (
    routine_id       UUID        NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    health_condition VARCHAR(20) NOT NULL,
    PRIMARY KEY (routine_id, health_condition),
    CONSTRAINT ck_routine_condition CHECK (health_condition IN ('PREGNANCY', 'HIP_SURGERY', 'OSTEOPOROSIS',
        'LEG_PAIN'))
);

CREATE TABLE routine_step (
    routine_id    UUID        NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    step_index    INT         NOT NULL,
    exercise_slug VARCHAR(60) NOT NULL REFERENCES exercise (slug),
    phase         VARCHAR(20) NOT NULL,
    hold_seconds  INT         NOT NULL,
    tempo_seconds INT         NOT NULL,
    reps          INT         NOT NULL,
    sets          INT         NOT NULL,
    rest_seconds  INT         NOT NULL,
    per_side      BOOLEAN     NOT NULL,
    reason_key    VARCHAR(80) NOT NULL,
    PRIMARY KEY (routine_id, step_index),
    CONSTRAINT ck_routine_step_phase CHECK (phase IN ('STRETCH', 'STRENGTHEN'))
);
