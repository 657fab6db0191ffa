-- Logged guided sessions: one row per completion, one row per step of the routine as it was played.
-- Plain SQL for H2 and PostgreSQL alike.

-- A completion belongs to whoever logged it (issue 7): it goes into their own history even when they played
-- someone else's routine from a shared link. The routine may later be deleted by its owner; the history stays,
-- with the routine's name as it was.
CREATE TABLE completion (
    id               UUID                     NOT NULL PRIMARY KEY,
    owner_id         UUID                     NOT NULL REFERENCES owner (id) ON DELETE CASCADE,
    routine_id       UUID                              REFERENCES routine (id) ON DELETE SET NULL,
    routine_name     VARCHAR(80)              NOT NULL,
    completed_on     DATE                     NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_seconds INT                      NOT NULL,
    planned_seconds  INT                      NOT NULL,
    pain_before      INT,
    pain_after       INT,
    CONSTRAINT ck_completion_duration CHECK (duration_seconds BETWEEN 0 AND 14400),
    CONSTRAINT ck_completion_pain_before CHECK (pain_before BETWEEN 0 AND 10),
    CONSTRAINT ck_completion_pain_after CHECK (pain_after BETWEEN 0 AND 10)
);

CREATE INDEX ix_completion_owner ON completion (owner_id, completed_on);

CREATE INDEX ix_completion_routine ON completion (routine_id);

-- Each step as played: done, skipped or done in its easier version, and whether the person pressed "This hurts".
CREATE TABLE completion_step (
    completion_id UUID        NOT NULL REFERENCES completion (id) ON DELETE CASCADE,
    step_index    INT         NOT NULL,
    exercise_slug VARCHAR(60) NOT NULL,
    outcome       VARCHAR(20) NOT NULL,
    hurt          BOOLEAN     NOT NULL,
    PRIMARY KEY (completion_id, step_index),
    CONSTRAINT ck_completion_step_outcome CHECK (outcome IN ('DONE', 'SKIPPED', 'EASIER'))
);
