-- Two Spanish exercise names were 55 characters long and took three lines in a phone's title. They now say what a
-- physiotherapist would say to a patient, shorter: the muscle first, then how you do it, as in the catalogue's
-- other names. Plain SQL that runs on H2 and PostgreSQL alike.
UPDATE exercise_text SET name = 'Isquiotibiales boca arriba, con toalla'
WHERE lang = 'es' AND exercise_id = (SELECT id FROM exercise WHERE slug = 'hamstring-stretch');

UPDATE exercise_text SET name = 'Flexores de cadera, con una rodilla apoyada'
WHERE lang = 'es' AND exercise_id = (SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch');
