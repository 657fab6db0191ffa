-- Per-exercise feedback (issue 17): how each step of a logged session felt, "Too easy", "About right" or "Too hard".
-- Sessions logged before this, and steps the person didn't rate, have none: they count as "about right".
ALTER TABLE completion_step ADD COLUMN rating VARCHAR(5);

ALTER TABLE completion_step ADD CONSTRAINT ck_completion_step_rating CHECK (rating IN ('EASY', 'RIGHT', 'HARD'));
