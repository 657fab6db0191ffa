-- The changes a session's ratings made to a routine's doses (issue 17), each with the version before it, so the
-- routine page can explain a change and undo it and the history can show it on its day. Plain SQL for H2 and
-- PostgreSQL alike.
CREATE TABLE routine_tuning (
    id            UUID                     NOT NULL PRIMARY KEY,
    routine_id    UUID                     NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    -- the session whose ratings made the change (a completion is kept when its routine goes, and the other way)
    completion_id UUID                     NOT NULL,
    -- the person's calendar day of that session
    tuned_on      DATE                     NOT NULL,
    tuned_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX ix_routine_tuning_routine ON routine_tuning (routine_id, tuned_at);

-- Every step of the routine, before and after the change; reason says why a step changed (null: it didn't).
CREATE TABLE routine_tuning_step (
    tuning_id      UUID        NOT NULL REFERENCES routine_tuning (id) ON DELETE CASCADE,
    step_index     INT         NOT NULL,
    exercise_slug  VARCHAR(60) NOT NULL,
    reason         VARCHAR(10),
    hold_before    INT         NOT NULL,
    reps_before    INT         NOT NULL,
    sets_before    INT         NOT NULL,
    rest_before    INT         NOT NULL,
    pyramid_before BOOLEAN     NOT NULL,
    hold_after     INT         NOT NULL,
    reps_after     INT         NOT NULL,
    sets_after     INT         NOT NULL,
    rest_after     INT         NOT NULL,
    pyramid_after  BOOLEAN     NOT NULL,
    PRIMARY KEY (tuning_id, step_index),
    CONSTRAINT ck_routine_tuning_reason CHECK (reason IN ('EASY', 'HARD', 'EASIEST', 'REBALANCE'))
);
