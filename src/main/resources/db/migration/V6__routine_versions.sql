-- Level-up and step-back decisions on a routine, and the routine's earlier versions. Plain SQL for H2 and
-- PostgreSQL alike.

-- Every offer the owner accepted or declined. Offers only look at sessions logged after the latest decision.
CREATE TABLE routine_level_decision (
    id         UUID                     NOT NULL PRIMARY KEY,
    routine_id UUID                     NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    owner_id   UUID                     NOT NULL REFERENCES owner (id) ON DELETE CASCADE,
    direction  VARCHAR(20)              NOT NULL,
    accepted   BOOLEAN                  NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_routine_level_direction CHECK (direction IN ('LEVEL_UP', 'STEP_BACK'))
);

CREATE INDEX ix_routine_level_decision ON routine_level_decision (routine_id, decided_at);

-- For an accepted change: the steps as they were before it, that is the routine's earlier version.
CREATE TABLE routine_version_step (
    decision_id   UUID        NOT NULL REFERENCES routine_level_decision (id) ON DELETE CASCADE,
    step_index    INT         NOT NULL,
    exercise_slug VARCHAR(60) NOT NULL,
    hold_seconds  INT         NOT NULL,
    tempo_seconds INT         NOT NULL,
    reps          INT         NOT NULL,
    sets          INT         NOT NULL,
    rest_seconds  INT         NOT NULL,
    per_side      BOOLEAN     NOT NULL,
    PRIMARY KEY (decision_id, step_index)
);
