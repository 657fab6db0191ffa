-- Warm-up and cool-down exercises, the knee plank for beginners, the split of the surgery answer into hip
-- replacement (which keeps its precautions) and recent surgery (which stops the builder and is never stored), and
-- data fixes found in the routine audit. Plain SQL that runs on H2 and PostgreSQL alike.

-- 1. Hip replacement: the old HIP_SURGERY answer meant hip precautions, so it becomes HIP_REPLACEMENT.
ALTER TABLE exercise_contraindication DROP CONSTRAINT ck_exercise_contraindication;
UPDATE exercise_contraindication SET health_condition = 'HIP_REPLACEMENT' WHERE health_condition = 'HIP_SURGERY';
ALTER TABLE exercise_contraindication ADD CONSTRAINT ck_exercise_contraindication
    CHECK (health_condition IN ('PREGNANCY', 'HIP_REPLACEMENT', 'OSTEOPOROSIS', 'LEG_PAIN'));

ALTER TABLE routine_condition DROP CONSTRAINT ck_routine_condition;
UPDATE routine_condition SET health_condition = 'HIP_REPLACEMENT' WHERE health_condition = 'HIP_SURGERY';
ALTER TABLE routine_condition ADD CONSTRAINT ck_routine_condition
    CHECK (health_condition IN ('PREGNANCY', 'HIP_REPLACEMENT', 'OSTEOPOROSIS', 'LEG_PAIN'));

-- Hip precautions (no kneeling, no bending the hip past a right angle, no crossing the legs): kneeling on all fours
-- or on the knees, and the dead bug, whose hips start at a right angle and bend further as the legs move.
INSERT INTO exercise_contraindication (exercise_id, health_condition)
SELECT e.id, 'HIP_REPLACEMENT' FROM exercise e
WHERE e.slug IN ('cat-cow', 'bird-dog', 'side-plank', 'dead-bug')
  AND NOT EXISTS (SELECT 1 FROM exercise_contraindication c WHERE c.exercise_id = e.id AND c.health_condition = 'HIP_REPLACEMENT');

-- 2. Where an exercise can go in a session: the main part, the warm-up that opens it, the cool-down that ends it.
CREATE TABLE exercise_session_part (
    exercise_id BIGINT      NOT NULL REFERENCES exercise (id),
    part        VARCHAR(20) NOT NULL,
    PRIMARY KEY (exercise_id, part),
    CONSTRAINT ck_exercise_session_part CHECK (part IN ('WARM_UP', 'MAIN', 'COOL_DOWN'))
);
INSERT INTO exercise_session_part (exercise_id, part) SELECT id, 'MAIN' FROM exercise;
INSERT INTO exercise_session_part (exercise_id, part) SELECT id, 'WARM_UP' FROM exercise WHERE slug = 'seated-pelvic-tilt';

-- 3. Data fixes.
-- The supine pelvic tilt flattens the low back (a small flexion); the seated one rocks both ways.
INSERT INTO exercise_spine_load (exercise_id, movement) VALUES
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'FLEXION'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'EXTENSION');
-- The seated brace is allowed in pregnancy: its pregnancy note is a caution of its own, so it shows on its own.
UPDATE exercise_caution SET line_text = 'If you have had recent abdominal surgery, check with your surgeon or physio before you start. Stop if pain increases.'
WHERE exercise_id = (SELECT id FROM exercise WHERE slug = 'seated-brace') AND line_index = 1;
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 2, 'If you are pregnant, check with your midwife before you start, and keep the effort light.');

-- 4. New exercises.

-- Marching on the spot (warm-up)
INSERT INTO exercise (slug, name, family, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('marching-on-the-spot', 'Marching on the spot', 'marching-on-the-spot', 'MOBILITY', 'STANDING', 'None (a chair back to hold if you like)', 'GENTLE', FALSE, FALSE,
        'Light, easy movement that warms your legs, hips and back and gets your blood flowing before you stretch.',
        'Hold the back of a chair and lift each heel instead of the whole foot, or march sitting on a chair.',
        'Swing your arms with each step and lift your knees a little higher, still no higher than your hips.',
        0, 2, 15, 1, 0,
        0, 2, 20, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'HIPS'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'HIP_FLEXORS');
INSERT INTO exercise_session_part (exercise_id, part) VALUES
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 'WARM_UP');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 0, 'Stand tall with your feet hip-width apart, next to a chair or a wall if you want something to steady you.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 1, 'Lift one knee to a comfortable height and put that foot down softly.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 2, 'Lift the other knee the same way, so you march slowly on the spot.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 3, 'Let your arms swing gently and keep breathing easily.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 4, 'Keep an easy, steady rhythm until the time is up, then stand still for a moment.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 0, 'Stand tall; easy, steady rhythm'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 1, 'Knees no higher than your hips'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 2, 'Land softly and keep breathing');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 0, 'Leaning back or slumping forward as the knee comes up.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 1, 'Stamping the feet down instead of placing them.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 2, 'Going so fast that it turns into a workout: this only warms you up.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 0, 'If your balance is unsteady, or you are pregnant, hold the back of a sturdy chair.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 1, 'After a hip replacement, lift the knee only a little and never higher than your hip.'),
    ((SELECT id FROM exercise WHERE slug = 'marching-on-the-spot'), 2, 'Stop if pain increases or spreads down a leg.');

-- Shoulder rolls (warm-up)
INSERT INTO exercise (slug, name, family, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('shoulder-rolls', 'Shoulder rolls', 'shoulder-rolls', 'MOBILITY', 'STANDING', 'None', 'GENTLE', FALSE, FALSE,
        'Loosens the muscles between your neck and shoulders and wakes up your upper back before the rest of the routine.',
        'Do them sitting on a chair, and make the circles smaller.',
        'Make the circles bigger and slower, squeezing your shoulder blades together gently as they go back and down.',
        0, 4, 5, 1, 0,
        0, 4, 10, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'UPPER_BACK'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'NECK');
INSERT INTO exercise_session_part (exercise_id, part) VALUES
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 'WARM_UP');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 0, 'Stand tall with your arms hanging loosely by your sides.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 1, 'Lift both shoulders up toward your ears.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 2, 'Roll them back, drawing your shoulder blades gently together.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 3, 'Let them sink down and then come forward to finish the circle.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 4, 'Keep circling slowly and smoothly, breathing easily.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 0, 'Slow, smooth circles'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 1, 'Up, back, down'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 2, 'Neck long, jaw relaxed');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 0, 'Rushing the circles or jerking the shoulders.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 1, 'Poking the chin forward while the shoulders move.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 2, 'Arching the low back as the shoulders go back.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 0, 'If a shoulder is painful or was recently injured, keep the circles small and stop if it hurts.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-rolls'), 1, 'Stop if you feel pain, tingling or numbness spreading down an arm.');

-- Slow breathing (cool-down)
INSERT INTO exercise (slug, name, family, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('slow-breathing', 'Slow breathing', 'slow-breathing', 'MOBILITY', 'SEATED', 'A chair', 'GENTLE', FALSE, FALSE,
        'A quiet minute to let your muscles settle after exercise, with slow breaths that move your ribs and belly gently.',
        'Just breathe normally with your eyes closed and your hands resting in your lap.',
        'Make each breath out a little longer than the breath in, letting your shoulders drop further each time.',
        0, 8, 5, 1, 0,
        0, 8, 8, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'CORE');
INSERT INTO exercise_session_part (exercise_id, part) VALUES
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 'COOL_DOWN');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 0, 'Sit back comfortably on a chair with your feet flat on the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 1, 'Rest one hand on your chest and the other on your belly.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 2, 'Breathe in slowly through your nose and feel your belly rise under your hand.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 3, 'Breathe out slowly and a little longer, letting your shoulders and belly soften.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 4, 'Carry on at an easy pace, then sit quietly for a moment before you get up.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 0, 'In through the nose, belly rises'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 1, 'Slow, longer breath out'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 2, 'Let your shoulders drop');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 0, 'Forcing very deep breaths until you feel dizzy.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 1, 'Lifting the shoulders with each breath in.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 2, 'Holding your breath between breathing in and out.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 0, 'If you feel light-headed or tingly, go back to breathing normally.'),
    ((SELECT id FROM exercise WHERE slug = 'slow-breathing'), 1, 'If you are pregnant, sit upright and breathe gently; do not hold your breath.');

-- Knee plank (the beginner plank)
INSERT INTO exercise (slug, name, family, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('knee-plank', 'Plank on the knees', 'plank', 'STRENGTHENING', 'LYING_FACE_DOWN', 'Mat', 'MODERATE', TRUE, FALSE,
        'Trains the muscles around your trunk to hold your spine steady, with your knees down so the load stays light.',
        'Lean your forearms on a kitchen worktop or a wall and step your feet back, body straight.',
        'Once 10-second holds feel easy, lift your knees and hold the full plank on your toes.',
        10, 4, 3, 1, 0,
        10, 4, 5, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'CORE');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'PREGNANCY'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'HIP_REPLACEMENT');
INSERT INTO exercise_session_part (exercise_id, part) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 'MAIN');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 0, 'Lie face down on a mat and come up onto your forearms, elbows right under your shoulders.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 1, 'Keep your knees on the mat, bent, with a folded towel under them if you like.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 2, 'Tighten your tummy and buttocks and lift your hips so you are in one straight line from head to knees.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 3, 'Hold, breathing normally, eyes on the floor just in front of your hands.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 4, 'Lower your hips to the mat and rest briefly before the next hold.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 0, 'Elbows under shoulders'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 1, 'Straight line from head to knees'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 2, 'Brace and keep breathing');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 0, 'Letting the hips sag so the low back arches; end the hold when that happens.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 1, 'Sticking the bottom up in the air.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 2, 'Holding your breath or letting the head hang.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 0, 'If you are pregnant, skip this: it loads the tummy muscles heavily.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 1, 'After a hip replacement, skip this while you are told not to kneel.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-plank'), 2, 'If you have high blood pressure, keep breathing throughout. Stop if your low back aches or pain spreads down a leg.');
