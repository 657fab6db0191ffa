-- A routine's name holds up to 80 characters as a person counts them (code points: an emoji is one). H2 counts a
-- VARCHAR's length in UTF-16 units, where a character outside the Basic Multilingual Plane (most emoji) takes two,
-- so the columns hold twice as many units; the application keeps the 80-character limit. Plain SQL for H2 and
-- PostgreSQL alike.
ALTER TABLE routine ALTER COLUMN name SET DATA TYPE VARCHAR(160);
ALTER TABLE completion ALTER COLUMN routine_name SET DATA TYPE VARCHAR(160);
