-- Exercise families: the chair or standing version of a floor exercise stretches or moves the same thing, so a
-- routine takes one of each family before it takes a second. And the exercises a person took out of a routine,
-- which a later shuffle must not bring back.

ALTER TABLE exercise ADD COLUMN family VARCHAR(60);

UPDATE exercise SET family = slug;
UPDATE exercise SET family = 'hip-flexor-stretch' WHERE slug = 'standing-hip-flexor-stretch';
UPDATE exercise SET family = 'piriformis-stretch' WHERE slug = 'seated-piriformis-stretch';
UPDATE exercise SET family = 'hamstring-stretch' WHERE slug = 'standing-hamstring-stretch';
UPDATE exercise SET family = 'pelvic-tilt' WHERE slug = 'seated-pelvic-tilt';
UPDATE exercise SET family = 'trunk-rotation' WHERE slug = 'seated-twist';
UPDATE exercise SET family = 'prone-press-up' WHERE slug = 'standing-back-bend';

ALTER TABLE exercise ALTER COLUMN family SET NOT NULL;

CREATE TABLE routine_excluded (
    routine_id    UUID        NOT NULL REFERENCES routine (id) ON DELETE CASCADE,
    exercise_slug VARCHAR(60) NOT NULL,
    PRIMARY KEY (routine_id, exercise_slug)
);
