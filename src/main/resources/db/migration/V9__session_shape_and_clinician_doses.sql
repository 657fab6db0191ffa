-- A routine's session shape and doses a clinician would write. Plain SQL that runs on H2 and PostgreSQL alike.

-- Steps can be in the warm-up and the cool-down as well as the stretch and strengthen phases.
ALTER TABLE routine_step DROP CONSTRAINT ck_routine_step_phase;
ALTER TABLE routine_step ADD CONSTRAINT ck_routine_step_phase
    CHECK (phase IN ('WARM_UP', 'STRETCH', 'STRENGTHEN', 'COOL_DOWN'));

-- McGill's endurance exercises go in a descending pyramid (5-3-1) over their sets.
ALTER TABLE routine_step ADD COLUMN pyramid BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE routine_version_step ADD COLUMN pyramid BOOLEAN DEFAULT FALSE NOT NULL;

-- Catalogue doses on the prescription ladders (holds 2, 3, 5, 8 s, then 10, 15, 20, 30 s) and within each
-- exercise's own range from the reference.
-- McGill curl-up: 8-10 s holds in a 5-3-1 pyramid with 30 s rests; regulars 6-4-2 (a rep more per set).
UPDATE exercise SET beginner_sets = 3, beginner_rest_seconds = 30, regular_reps = 6, regular_sets = 3,
    regular_rest_seconds = 30 WHERE slug = 'curl-up';
-- Bird-dog: 6-10 s, written as 8 s; regulars 10 s.
UPDATE exercise SET beginner_hold_seconds = 8 WHERE slug = 'bird-dog';
-- Side plank on the knees: 5-10 s holds to 30 s in all for beginners (3 × 10 s); regulars 10 s × 5.
UPDATE exercise SET beginner_hold_seconds = 10, beginner_reps = 3 WHERE slug = 'side-plank';
-- Seated twist: 5 s, 5 times each side.
UPDATE exercise SET regular_reps = 5 WHERE slug = 'seated-twist';
-- Cat-cow: 5-10 slow cycles, no pause.
UPDATE exercise SET beginner_hold_seconds = 0, regular_hold_seconds = 0 WHERE slug = 'cat-cow';
-- Plank on the toes: 10 s holds (10-30 s in the reference).
UPDATE exercise SET beginner_hold_seconds = 10 WHERE slug = 'plank';
-- Seated figure-4: lean forward for 10-15 s.
UPDATE exercise SET regular_hold_seconds = 15 WHERE slug = 'seated-piriformis-stretch';
