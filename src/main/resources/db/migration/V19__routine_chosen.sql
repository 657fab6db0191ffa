-- The routine its owner marked as the one they do every day: the home page's "Start today's routine" opens it.
-- At most one per owner is marked at a time (the service clears the others); null means not marked.
-- Plain SQL for H2 and PostgreSQL alike.
ALTER TABLE routine ADD COLUMN chosen_at TIMESTAMP WITH TIME ZONE;
