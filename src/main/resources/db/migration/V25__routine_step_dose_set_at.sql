-- Per-exercise feedback (issue 17): when a step's dose was last set by hand (the dose form, a swap or a shuffle).
-- Ratings from sessions before then no longer count towards that step's next change. Steps saved before this, and
-- steps whose dose the planner or the ratings set, have none. Plain SQL for H2 and PostgreSQL alike.
ALTER TABLE routine_step ADD COLUMN dose_set_at TIMESTAMP WITH TIME ZONE;
