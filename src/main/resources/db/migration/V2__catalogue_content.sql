-- Limber exercise catalogue: the 28 exercises, their dosages, target areas, spine loads,
-- contraindications and guidance text. Plain SQL that runs unchanged on H2 and PostgreSQL.
-- Dosage columns: hold = seconds held still per rep, tempo = seconds of movement per rep,
-- reps per set (per side when per_side), sets, rest = seconds between sets.

-- Cat-cow
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('cat-cow', 'Cat-cow', 'MOBILITY', 'ALL_FOURS', 'Mat', 'GENTLE', TRUE, FALSE,
        'Moves your whole spine gently through a comfortable range, easing stiffness and getting your back ready for the rest of the routine.',
        'Keep the movement small, just a few centimetres each way, or do the seated pelvic tilt on a chair instead.',
        'Move one section at a time: start the curl at your tailbone and let it roll up to your head, then reverse it.',
        0, 4, 5, 1, 0,
        0, 4, 10, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'LOWER_BACK'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'UPPER_BACK');
INSERT INTO exercise_spine_load (exercise_id, movement) VALUES
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'FLEXION'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'EXTENSION');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'OSTEOPOROSIS');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 0, 'Come onto your hands and knees on a mat, with your hands under your shoulders and your knees under your hips.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 1, 'Start with a flat back and a long neck, eyes looking at the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 2, 'Breathing out, slowly round your back up toward the ceiling, letting your head and tailbone curl down (cat).'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 3, 'Breathing in, slowly let your belly sink a little and lift your chest and tailbone, keeping your neck in line (cow).'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 4, 'Keep flowing smoothly between the two shapes, staying in a range that feels comfortable.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 5, 'Finish with a flat back before you sit back or stand up.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 0, 'Move slowly; never force the end of the range'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 1, 'Keep it small if you have only just got up'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 2, 'Hands under shoulders, knees under hips');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 0, 'Rushing or jerking from one shape to the other instead of moving slowly and smoothly.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 1, 'Pushing hard into the end of the arch or the curl, especially in the first hour after getting out of bed.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 2, 'Throwing your head back in the cow position and squashing the back of your neck.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 3, 'Sinking into your shoulders instead of gently pressing the floor away.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 0, 'If you have osteoporosis, skip this one: deep rounding of the spine is best avoided.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 1, 'If your knees or wrists complain, kneel on a folded towel and try resting on your fists.'),
    ((SELECT id FROM exercise WHERE slug = 'cat-cow'), 2, 'If arching your back makes your pain worse, keep the cow part very small. Stop if pain increases or spreads down a leg.');

-- Child's pose
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('childs-pose', 'Child''s pose', 'STRETCH', 'ALL_FOURS', 'Mat', 'GENTLE', TRUE, FALSE,
        'A restful stretch for your lower back and hips that lets the muscles along your spine relax after moving or sitting.',
        'Put a cushion between your bottom and your heels and only sit part of the way back, resting your forehead on a folded towel.',
        'Once your bottom is back, walk both hands over to one side to feel the stretch along the other side of your back, then switch.',
        10, 4, 3, 1, 0,
        20, 4, 3, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'LOWER_BACK'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'HIPS');
INSERT INTO exercise_spine_load (exercise_id, movement) VALUES
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'FLEXION');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'HIP_SURGERY'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 'OSTEOPOROSIS');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 0, 'Kneel on a mat on your hands and knees, knees about hip-width apart and big toes close together.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 1, 'Reach your hands forward on the floor, keeping your elbows soft.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 2, 'Slowly move your bottom back toward your heels, only as far as feels comfortable.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 3, 'Let your head follow in line with your back, resting your forehead on the floor or a cushion if it reaches.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 4, 'Hold and breathe slowly, letting your back relax a little more with each breath out.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 5, 'To come out, walk your hands back toward your knees and return to all fours.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 0, 'Sit back only as far as is comfortable'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 1, 'Elbows soft, shoulders relaxed'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 2, 'Breathe slowly and let your back settle');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 0, 'Forcing your bottom all the way down to your heels when your knees or back resist.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 1, 'Locking your arms straight and hunching your shoulders up toward your ears.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 2, 'Holding your breath instead of breathing slowly and evenly.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 0, 'If your knees are sore, don''t sit fully back on your heels: put a cushion between your bottom and heels, or kneel on a folded towel.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 1, 'Skip this stretch if bending forward or sitting makes your pain worse, if you have osteoporosis, or if you are on hip replacement precautions.'),
    ((SELECT id FROM exercise WHERE slug = 'childs-pose'), 2, 'If you are pregnant, open your knees wide to make room for your bump. Stop if pain increases or spreads down a leg.');

-- Hamstring stretch (lying, with a towel)
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('hamstring-stretch', 'Hamstring stretch (lying, with a towel)', 'STRETCH', 'LYING_ON_BACK', 'Mat and a towel or strap', 'GENTLE', FALSE, TRUE,
        'Loosens the backs of your thighs, which can tug on your pelvis and low back when tight, while your spine rests safely on the floor.',
        'Keep the raised knee slightly bent and hold the leg lower, well short of upright.',
        'Straighten your bottom leg along the floor instead of keeping it bent, and gently bring the raised leg a little closer.',
        15, 4, 2, 1, 0,
        30, 4, 2, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'HAMSTRINGS');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'PREGNANCY'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'HIP_SURGERY'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 'LEG_PAIN');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 0, 'Lie on your back on a mat with both knees bent and your feet flat.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 1, 'Loop a towel or strap around the sole of one foot and hold one end in each hand.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 2, 'Slowly straighten that leg up toward the ceiling until you feel a gentle stretch at the back of your thigh.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 3, 'Keep your head, shoulders and both hips resting on the floor, and keep the raised knee soft rather than locked.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 4, 'Hold, breathing easily, then slowly bend the knee and lower the foot back to the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 5, 'Do all the holds on one leg, then switch to the other.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 0, 'Hips and low back stay down on the floor'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 1, 'Knee soft, not locked'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 2, 'Feel it behind the thigh, not in the calf or foot');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 0, 'Yanking on the towel to pull the leg further than it wants to go.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 1, 'Lifting your hip or bottom off the floor to get the leg higher.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 2, 'Bouncing at the end of the stretch instead of holding still.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 0, 'Pulling, tingling or numbness in your calf or foot can mean a nerve is being stretched: ease off, and stop if it continues. If you have pain below the knee, skip this stretch.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 1, 'If you have had a hip replacement, do not lift the leg this high while you are on hip precautions.'),
    ((SELECT id FROM exercise WHERE slug = 'hamstring-stretch'), 2, 'If you are pregnant, avoid lying flat on your back for long spells, especially after 16 weeks. Stop if pain increases or spreads down a leg.');

-- Piriformis stretch (figure-4)
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('piriformis-stretch', 'Piriformis stretch (figure-4)', 'STRETCH', 'LYING_ON_BACK', 'Mat', 'GENTLE', FALSE, TRUE,
        'Stretches the deep muscles of your buttock and hip, which often feel tight alongside low back pain.',
        'Keep your bottom foot on the floor and simply let the crossed knee fall gently outward, without pulling.',
        'Lift the bottom foot and draw that thigh closer to your chest, keeping your tailbone and low back on the floor.',
        10, 4, 3, 1, 0,
        20, 4, 3, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'GLUTES'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'HIPS');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'PREGNANCY'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 'HIP_SURGERY');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 0, 'Lie on your back on a mat with both knees bent and your feet flat.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 1, 'Cross your right ankle over your left knee and let your right knee open out to the side.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 2, 'Lift your left foot off the floor and hold the back of your left thigh with both hands, passing your right hand through the gap between your legs.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 3, 'Gently draw your left thigh toward your chest until you feel a stretch deep in your right buttock.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 4, 'Keep your head and shoulders relaxed on the floor and hold, breathing slowly.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 5, 'Lower your left foot, uncross your legs and repeat with the left ankle crossed over the right knee.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 0, 'Tailbone stays on the floor'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 1, 'Pull gently; feel it deep in the buttock'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 2, 'Head and shoulders relaxed');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 0, 'Lifting your head and shoulders off the floor to reach your thigh.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 1, 'Pulling so hard that your tailbone curls up off the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 2, 'Forcing the crossed knee outward instead of letting it open by itself.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 0, 'Avoid this while you are on hip replacement precautions: it crosses the legs and bends the hip a long way.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 1, 'If you are pregnant, use the seated piriformis stretch instead of lying on your back.'),
    ((SELECT id FROM exercise WHERE slug = 'piriformis-stretch'), 2, 'If you feel tingling or pain running down the leg, ease off. Stop if pain increases or spreads down a leg.');

-- Trunk rotation (knee rolls)
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('trunk-rotation', 'Trunk rotation (knee rolls)', 'MOBILITY', 'LYING_ON_BACK', 'Mat', 'GENTLE', FALSE, TRUE,
        'Turns your lower back gently from side to side while the floor supports you, easing stiffness after rest or sitting.',
        'Roll your knees only a hand''s width to each side, with your feet a little wider apart for support.',
        'Start with your feet off the floor, hips and knees bent to a right angle, and lower your knees slowly to each side, controlling them with your tummy muscles.',
        2, 4, 5, 1, 0,
        5, 4, 8, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'LOWER_BACK'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'OBLIQUES');
INSERT INTO exercise_spine_load (exercise_id, movement) VALUES
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'ROTATION');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'PREGNANCY'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'HIP_SURGERY'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 'OSTEOPOROSIS');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 0, 'Lie on your back on a mat with your knees bent and your feet flat and together. A small cushion between your knees can help.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 1, 'Stretch your arms out to the sides at shoulder height, palms down.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 2, 'Keeping both shoulders on the floor, slowly let your knees roll together to one side, as far as is comfortable.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 3, 'Pause briefly, then bring your knees back to the middle.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 4, 'Roll them to the other side, and keep alternating slowly; each roll counts for that side.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 0, 'Both shoulders stay on the floor'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 1, 'Knees stay together'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 2, 'Roll only as far as is comfortable');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 0, 'Letting the opposite shoulder lift off the floor to get the knees lower.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 1, 'Letting the knees drop quickly instead of lowering them with control.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 2, 'Letting the knees drift apart so the top leg drags the pelvis round.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 0, 'If you have osteoporosis, skip this: twisting the spine, especially toward the end of its range, is best avoided.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 1, 'Avoid this while you are on hip replacement precautions, as rolling the knees across can take the hip into a position you have been told to avoid.'),
    ((SELECT id FROM exercise WHERE slug = 'trunk-rotation'), 2, 'If you are pregnant, avoid lying flat on your back for long spells. Stop if pain increases or spreads down a leg.');

-- Knee-to-chest stretch
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('knee-to-chest', 'Knee-to-chest stretch', 'STRETCH', 'LYING_ON_BACK', 'Mat', 'GENTLE', FALSE, TRUE,
        'A gentle stretch for your lower back and buttocks that many people find soothing, especially when standing or arching is uncomfortable.',
        'Hold behind your thigh rather than over your knee, and bring the knee only part of the way in.',
        'After doing each leg, hug both knees toward your chest together, keeping your head resting on the floor.',
        10, 4, 3, 1, 0,
        20, 4, 3, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'LOWER_BACK'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'GLUTES');
INSERT INTO exercise_spine_load (exercise_id, movement) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'FLEXION');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'PREGNANCY'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'HIP_SURGERY'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 'OSTEOPOROSIS');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 0, 'Lie on your back on a mat with both knees bent and your feet flat.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 1, 'Bring one knee up toward your chest and hold it with both hands, either behind the thigh or just below the knee.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 2, 'Gently draw the knee in until you feel a stretch in your low back and buttock, keeping the other foot on the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 3, 'Keep your head and shoulders relaxed on the floor and hold, breathing slowly.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 4, 'Slowly lower the leg back to the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 5, 'Do all the holds on one leg, then switch to the other.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 0, 'Head and shoulders relaxed on the floor'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 1, 'Ease the knee in; no yanking'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 2, 'Breathe slowly');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 0, 'Lifting your head to meet your knee.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 1, 'Pulling the knee in hard and fast instead of easing it in.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 2, 'Holding your breath.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 0, 'If bending forward or sitting makes your pain worse, this may feel good at the time but leave you stiffer later; choose another stretch.'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 1, 'Skip this if you have osteoporosis or are on hip replacement precautions (no bending the hip past 90 degrees).'),
    ((SELECT id FROM exercise WHERE slug = 'knee-to-chest'), 2, 'If you are pregnant, avoid lying flat on your back for long spells. Stop if pain increases or spreads down a leg.');

-- Half-kneeling hip flexor stretch
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('hip-flexor-stretch', 'Half-kneeling hip flexor stretch', 'STRETCH', 'HALF_KNEELING', 'Mat or cushion under the knee', 'GENTLE', TRUE, TRUE,
        'Stretches the front of your hip, which can stiffen with long sitting, so your hips can move more and your low back less.',
        'Do the standing version holding a chair, or stay upright and just tuck your pelvis under without moving forward.',
        'Raise the arm on your kneeling side overhead and reach up gently, keeping your ribs down and your low back from arching.',
        15, 4, 2, 1, 0,
        30, 4, 2, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'HIP_FLEXORS');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 'HIP_SURGERY');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 0, 'Kneel on one knee on a mat or cushion, with the other foot flat on the floor in front, so both knees are bent to about a right angle.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 1, 'Bring your body upright with your hands on your hips. Keep a chair beside you if you need help with balance.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 2, 'Gently tighten your tummy and tuck your tailbone under, as if flattening your low back.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 3, 'Squeeze the buttock of your kneeling leg, then shift your hips forward a little until you feel a stretch at the front of that hip.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 4, 'Hold, breathing easily, without letting your low back arch.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 5, 'Ease back, then switch legs and repeat.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 0, 'Tuck your tailbone under first'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 1, 'Squeeze the buttock of the back leg'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 2, 'Stay tall; don''t arch your low back');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 0, 'Arching your low back and leaning backward instead of tucking your pelvis under.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 1, 'Lunging far forward so the front knee travels well past the toes.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 2, 'Leaning your upper body forward, which takes the stretch away.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 0, 'If kneeling hurts your knee, put a folded towel or cushion under it, or do the standing hip flexor stretch instead.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 1, 'Avoid this while you are on hip replacement precautions: getting down to kneel and back up can take the hip into positions you have been told to avoid.'),
    ((SELECT id FROM exercise WHERE slug = 'hip-flexor-stretch'), 2, 'Stop if pain increases in your back or spreads down a leg.');

-- Pelvic tilt
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('pelvic-tilt', 'Pelvic tilt', 'MOBILITY', 'LYING_ON_BACK', 'Mat', 'GENTLE', FALSE, FALSE,
        'Teaches you to control the small movement between pelvis and low back: a gentle first step that eases stiffness and leads on to bridges.',
        'Make the movement very small, or do the seated pelvic tilt on a chair.',
        'Hold your back flat and slowly lift one foot a little off the floor, then the other. When that is easy, move on to the glute bridge.',
        3, 4, 5, 1, 0,
        5, 4, 12, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'LOWER_BACK'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'CORE');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 'PREGNANCY');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 0, 'Lie on your back on a mat with your knees bent, feet flat and hip-width apart, arms resting by your sides.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 1, 'Notice the small gap between your low back and the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 2, 'Gently tighten your tummy and rock your pelvis back so your low back flattens onto the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 3, 'Hold, breathing normally.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 4, 'Relax and let your back return to its natural curve.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 0, 'Small movement from the pelvis'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 1, 'Neck, shoulders and feet stay relaxed'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 2, 'Keep breathing during the hold');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 0, 'Pushing through your feet, shoulders or neck instead of using your tummy and pelvis.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 1, 'Lifting your bottom off the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 2, 'Holding your breath.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 0, 'If you are pregnant, avoid lying flat on your back for long spells, especially after 16 weeks; the seated pelvic tilt works well instead.'),
    ((SELECT id FROM exercise WHERE slug = 'pelvic-tilt'), 1, 'Stop if pain increases or spreads down a leg.');

-- Glute bridge
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('bridge', 'Glute bridge', 'STRENGTHENING', 'LYING_ON_BACK', 'Mat', 'MODERATE', FALSE, FALSE,
        'Strengthens your buttocks and the muscles around your trunk, helping support your back when you lift, climb stairs or stand.',
        'Lift your hips only a few centimetres, or practise pelvic tilts until the movement feels easy.',
        'Try a single-leg bridge: lift with one foot on the floor and the other leg held straight out, keeping your hips level.',
        5, 4, 5, 2, 30,
        8, 4, 10, 2, 30);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'GLUTES'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'LOWER_BACK'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'CORE');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 'PREGNANCY');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 0, 'Lie on your back on a mat with your knees bent, feet flat and hip-width apart, arms resting by your sides.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 1, 'Gently tighten your tummy, as if bracing for a light poke.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 2, 'Squeeze your buttocks and press through your heels to lift your hips until your shoulders, hips and knees form a line.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 3, 'Hold the top position, breathing normally.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 4, 'Lower your hips slowly back to the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 5, 'Rest for a moment, then repeat.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 0, 'Brace your tummy before you lift'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 1, 'Shoulders, hips and knees in one line'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 2, 'Press through your heels; ribs down');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 0, 'Lifting too high so your low back arches at the top.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 1, 'Pushing through your neck and shoulders instead of your heels and buttocks.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 2, 'Letting your knees fall inward or splay apart.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 3, 'Dropping your hips quickly instead of lowering them with control.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 0, 'If you are pregnant, avoid lying flat on your back for long spells, especially after 16 weeks.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 1, 'If the backs of your thighs cramp, bring your heels a little closer to your bottom.'),
    ((SELECT id FROM exercise WHERE slug = 'bridge'), 2, 'Stop if pain increases or spreads down a leg.');

-- Bird-dog
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('bird-dog', 'Bird-dog', 'STRENGTHENING', 'ALL_FOURS', 'Mat', 'MODERATE', TRUE, TRUE,
        'Builds endurance in your back and buttock muscles and teaches you to keep your spine steady while your arms and legs move.',
        'Slide one leg back along the floor, or lift one arm only, before combining the opposite arm and leg.',
        'While holding the reach, trace a small square with your hand and heel, keeping your back completely still.',
        6, 4, 5, 1, 0,
        10, 4, 6, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'LOWER_BACK'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'GLUTES'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 'CORE');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 0, 'Start on your hands and knees on a mat, hands under your shoulders and knees under your hips, back flat.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 1, 'Gently tighten your tummy, make fists with your hands and press the floor away.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 2, 'Slowly reach one arm forward and the opposite leg back, pushing the heel away, until both are about level with your body.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 3, 'Hold, keeping your back and hips still and level, and breathe normally.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 4, 'Bring the hand and knee back to the floor with control.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 5, 'Repeat with the other arm and leg; each hold counts for that side.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 0, 'Reach long: hand forward, heel back'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 1, 'Lift only as high as your back stays still'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 2, 'Hips level; no twisting');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 0, 'Lifting the leg too high so your low back arches.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 1, 'Letting the hip of the lifted leg roll up toward the ceiling.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 2, 'Dropping your head or looking up instead of keeping your neck long.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 3, 'Rushing the holds instead of staying still for the full count.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 0, 'If kneeling hurts, put a folded towel under your knees; if your wrists ache, rest on your fists.'),
    ((SELECT id FROM exercise WHERE slug = 'bird-dog'), 1, 'Stop if pain increases or spreads down a leg.');

-- Dead bug
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('dead-bug', 'Dead bug', 'STRENGTHENING', 'LYING_ON_BACK', 'Mat', 'MODERATE', FALSE, TRUE,
        'Strengthens the deep muscles at the front of your trunk and trains them to keep your low back steady while your limbs move.',
        'Move only your legs, sliding one heel out along the floor at a time, or move only your arms with your feet on the floor.',
        'Lower the straightening leg closer to the floor while keeping your low back down, and pause there for a breath.',
        2, 4, 5, 1, 0,
        2, 4, 8, 2, 30);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'CORE');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 'PREGNANCY');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 0, 'Lie on your back on a mat. Reach your arms straight up toward the ceiling and lift your legs so your knees are above your hips, bent to a right angle.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 1, 'Gently tighten your tummy so your low back rests lightly against the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 2, 'Breathing out, slowly lower one arm back behind your head and straighten the opposite leg out, only as low as your back stays still.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 3, 'Pause briefly, then bring the arm and leg back to the start.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 4, 'Repeat with the other arm and leg, and keep alternating; each reach counts for that side.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 0, 'Low back stays gently on the floor'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 1, 'Move slowly; breathe out as you reach'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 2, 'Lower only as far as your back stays still');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 0, 'Letting your low back arch off the floor as the leg lowers.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 1, 'Moving fast and swinging your arms and legs.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 2, 'Holding your breath or straining through your neck.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 0, 'If you are pregnant, skip this: it means lying on your back and works the tummy muscles hard.'),
    ((SELECT id FROM exercise WHERE slug = 'dead-bug'), 1, 'Stop if pain increases or spreads down a leg.');

-- McGill curl-up
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('curl-up', 'McGill curl-up', 'STRENGTHENING', 'LYING_ON_BACK', 'Mat', 'MODERATE', FALSE, FALSE,
        'Works your abdominal muscles while your low back keeps its natural curve, building trunk endurance without repeated bending.',
        'Keep your elbows on the floor and lift only your head a little, or simply brace your tummy without lifting.',
        'Lift your elbows off the floor as well, or take a slow, deep breath while you hold the curl-up.',
        8, 4, 5, 1, 0,
        10, 4, 5, 2, 30);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'CORE');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'PREGNANCY'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 'OSTEOPOROSIS');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 0, 'Lie on your back on a mat with one knee bent, foot flat, and the other leg straight.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 1, 'Slide your hands, palms down, under the small of your back to support its natural curve.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 2, 'Brace your tummy gently. Keeping your chin tucked, lift your head and shoulders just a little off the floor, as one unit.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 3, 'Hold still, breathing normally, without letting your low back flatten or bend.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 4, 'Lower your head and shoulders slowly and relax.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 5, 'Halfway through your reps, switch which knee is bent.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 0, 'Hands under your low back; keep its curve'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 1, 'Lift head and shoulders only slightly'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 2, 'Not a crunch: no bending at the waist');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 0, 'Curling up like a sit-up so your low back rounds into the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 1, 'Tucking your chin onto your chest or pulling on your head.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 2, 'Lifting too high; a small lift is all you need.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 3, 'Holding your breath.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 0, 'If you feel pain in your leg or buttock, bend the knee on the painful side and keep the other leg straight.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 1, 'Skip this if you are pregnant or have osteoporosis: lifting your upper body against gravity bends and loads the upper spine.'),
    ((SELECT id FROM exercise WHERE slug = 'curl-up'), 2, 'Stop if pain increases or spreads down a leg.');

-- Side plank (on knees)
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('side-plank', 'Side plank (on knees)', 'STRENGTHENING', 'SIDE_LYING', 'Mat', 'DEMANDING', TRUE, TRUE,
        'Strengthens the muscles along the side of your trunk that hold your spine steady when you carry, reach or turn.',
        'Keep your hips on the floor and just press your forearm down to lift your ribs a little, or lean sideways on a wall with your forearm.',
        'Straighten your legs and balance on your feet instead of your knees, keeping each hold to 10 seconds.',
        6, 4, 4, 1, 0,
        10, 4, 5, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'OBLIQUES'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'CORE');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 'PREGNANCY');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 0, 'Lie on your side on a mat with your knees bent behind you, so your shoulders, hips and knees are in a line.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 1, 'Prop yourself up on your forearm with your elbow directly under your shoulder.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 2, 'Gently brace your tummy and lift your hips off the floor until your body is straight from head to knees.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 3, 'Hold, breathing normally, without letting your hips sag.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 4, 'Lower your hips gently to the floor and rest for a moment.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 5, 'Do all the holds on one side, then turn over and repeat on the other.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 0, 'Elbow under shoulder'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 1, 'Hips up, in line with shoulders and knees'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 2, 'If your hips sag, stop and rest');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 0, 'Letting your hips sag toward the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 1, 'Placing your elbow too far from your shoulder.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 2, 'Letting your top hip roll forward or back instead of staying stacked above the bottom one.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 3, 'Holding your breath.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 0, 'If your shoulder is sore, start with the easier version or leave this one out.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 1, 'If you are pregnant, skip this: it works the trunk muscles hard.'),
    ((SELECT id FROM exercise WHERE slug = 'side-plank'), 2, 'Stop if pain increases or spreads down a leg.');

-- Plank (forearm)
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('plank', 'Plank (forearm)', 'STRENGTHENING', 'LYING_FACE_DOWN', 'Mat', 'DEMANDING', FALSE, FALSE,
        'Builds endurance in the muscles that wrap around your trunk, so they can hold your spine steady through everyday tasks.',
        'Keep your knees on the floor so you are straight from head to knees, or lean your forearms on a kitchen worktop or wall.',
        'Keep the 10-second holds but lift one foot a few centimetres off the floor, hips level, then switch feet.',
        8, 4, 3, 1, 0,
        10, 4, 3, 2, 30);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'CORE');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'plank'), 'PREGNANCY');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'plank'), 0, 'Lie face down on a mat and prop yourself up on your forearms, elbows directly under your shoulders.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 1, 'Tuck your toes under and tighten your tummy and buttocks.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 2, 'Lift your body off the floor so it makes a straight line from your head to your heels.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 3, 'Hold, breathing normally, with your eyes on the floor just ahead of your hands.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 4, 'Lower your knees to the floor and rest for a moment before the next hold.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'plank'), 0, 'Elbows under shoulders'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 1, 'Straight line from head to heels'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 2, 'Brace and keep breathing');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'plank'), 0, 'Letting your hips sag so your low back arches; if this happens, end the hold.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 1, 'Pushing your hips up high into an upside-down V.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 2, 'Holding your breath.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 3, 'Letting your head drop, or lifting it to look forward.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'plank'), 0, 'If you are pregnant, skip this: it loads the tummy muscles heavily.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 1, 'If you have high blood pressure, keep breathing and never hold your breath; if your shoulders hurt, use the wall version.'),
    ((SELECT id FROM exercise WHERE slug = 'plank'), 2, 'Stop if your low back aches, if pain increases or if it spreads down a leg.');

-- Superman
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('superman', 'Superman', 'STRENGTHENING', 'LYING_FACE_DOWN', 'Mat', 'DEMANDING', FALSE, FALSE,
        'Strengthens the muscles along the back of your spine and your buttocks, which help hold you upright.',
        'Lift only your arms or only your legs, or lift one arm with the opposite leg, which puts less load on your back.',
        'Hold each lift for up to 5 seconds, slowly sweeping your arms from in front of you out to your sides and back while lifted.',
        2, 4, 5, 1, 0,
        3, 4, 10, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'LOWER_BACK'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'UPPER_BACK'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'GLUTES');
INSERT INTO exercise_spine_load (exercise_id, movement) VALUES
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'EXTENSION');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'superman'), 'PREGNANCY');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'superman'), 0, 'Lie face down on a mat with your legs straight and your arms stretched out in front of you.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 1, 'Rest your forehead on the floor or a folded towel so your neck stays long.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 2, 'Squeeze your buttocks and gently tighten your tummy.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 3, 'Lift your arms and legs a few centimetres off the floor together, keeping your eyes on the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 4, 'Hold briefly, then lower slowly back to the floor and relax.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'superman'), 0, 'Lift just a few centimetres'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 1, 'Eyes on the floor, neck long'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 2, 'Squeeze your buttocks before you lift');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'superman'), 0, 'Lifting as high as you can and cranking your low back.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 1, 'Looking up and bending your neck back.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 2, 'Swinging or jerking up instead of lifting slowly.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 3, 'Holding your breath.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'superman'), 0, 'Lifting both arms and legs at once puts a lot of load through the low back. If you are new to back exercises, start with the bird-dog.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 1, 'Skip this if arching backward, standing or walking makes your pain worse, or if you are pregnant.'),
    ((SELECT id FROM exercise WHERE slug = 'superman'), 2, 'Stop if pain increases or spreads down a leg.');

-- Prone press-up
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('prone-press-up', 'Prone press-up', 'MOBILITY', 'LYING_FACE_DOWN', 'Mat', 'GENTLE', FALSE, FALSE,
        'Bends your low back gently backward, which many people find eases stiffness from sitting; your arms do the work so your back can relax.',
        'Prop yourself on your forearms with your elbows under your shoulders and rest there, instead of straightening your arms.',
        'Straighten your arms further, and at the top breathe out and let your hips and belly sink a little more toward the floor.',
        3, 4, 5, 1, 0,
        5, 4, 10, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'LOWER_BACK');
INSERT INTO exercise_spine_load (exercise_id, movement) VALUES
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'EXTENSION');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 'PREGNANCY');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 0, 'Lie face down on a mat with your hands flat on the floor under your shoulders.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 1, 'Let your hips, buttocks and legs go heavy and relaxed.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 2, 'Slowly straighten your arms to push your upper body up, keeping your hips on the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 3, 'Go only as high as is comfortable and pause briefly at the top, breathing out.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 4, 'Lower yourself slowly back down and relax.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 0, 'Hips stay heavy on the floor'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 1, 'Arms do the work; back stays relaxed'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 2, 'Only as high as is comfortable');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 0, 'Lifting your hips off the floor as you push up.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 1, 'Tightening your buttocks and back muscles instead of letting them relax.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 2, 'Pushing on into pain to get your arms straight.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 0, 'Skip this if arching backward, standing or walking makes your pain worse.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 1, 'Stop straight away if you feel numbness or tingling, or if pain spreads further down a leg. Pain that moves up toward the middle of your back is usually a good sign.'),
    ((SELECT id FROM exercise WHERE slug = 'prone-press-up'), 2, 'If you are pregnant, skip this: lying face down soon becomes impractical.');

-- Clamshell
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('clamshell', 'Clamshell', 'STRENGTHENING', 'SIDE_LYING', 'Mat', 'MODERATE', FALSE, TRUE,
        'Strengthens the muscles at the side and back of your hip, which keep your pelvis level when you walk and stand.',
        'Open the top knee only a little way, and rest your head on your lower arm or a pillow.',
        'Loop a light resistance band just above your knees, or keep both feet lifted slightly off the floor as you open the knee.',
        2, 3, 8, 1, 0,
        3, 3, 12, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'GLUTES'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'HIPS');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 'HIP_SURGERY');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 0, 'Lie on your side on a mat with your hips and knees bent, knees in front of you and feet together.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 1, 'Rest your head on your lower arm or a pillow and put your top hand on your top hip.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 2, 'Roll your top hip slightly forward and keep your tummy gently braced.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 3, 'Keeping your feet together, slowly lift your top knee, opening your legs like a clamshell, without letting your pelvis roll back.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 4, 'Hold briefly, then lower the knee slowly.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 5, 'Finish all the reps, then turn over and repeat on the other side.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 0, 'Feet stay together'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 1, 'Pelvis stays still; don''t roll back'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 2, 'Lift slowly from the buttock');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 0, 'Rolling your pelvis backward to get the knee higher.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 1, 'Swinging the knee up and letting it drop.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 2, 'Letting your feet come apart.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 0, 'If you have had a hip replacement, avoid this while you are on hip precautions and check with your surgeon or physio before starting.'),
    ((SELECT id FROM exercise WHERE slug = 'clamshell'), 1, 'Stop if pain increases or spreads down a leg.');

-- Standing hamstring stretch
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('standing-hamstring-stretch', 'Standing hamstring stretch', 'STRETCH', 'STANDING', 'Low step or sturdy chair', 'GENTLE', FALSE, TRUE,
        'Stretches the backs of your thighs without getting down on the floor, using a hip hinge that keeps your back flat.',
        'Use a lower step, bend the raised knee slightly and hinge only a small way forward.',
        'Use a slightly higher, stable surface and hinge a little further, keeping your back flat throughout.',
        10, 4, 3, 1, 0,
        20, 4, 3, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'HAMSTRINGS');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'HIP_SURGERY'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'OSTEOPOROSIS'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 'LEG_PAIN');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 0, 'Stand facing a low step or sturdy chair, with a wall or worktop within reach for balance.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 1, 'Rest one heel on the step, that leg straight but with the knee soft and the toes relaxed.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 2, 'Keep your standing knee slightly bent and your back long and flat.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 3, 'Hinge forward from your hips, as if bowing, until you feel a gentle stretch at the back of the raised thigh.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 4, 'Hold, breathing easily, then come back up slowly.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 5, 'Do all the holds on one leg, then switch to the other.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 0, 'Hinge from the hips; back flat'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 1, 'Raised knee soft, not locked'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 2, 'Feel it behind the thigh, not in the calf or foot');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 0, 'Rounding your back to reach toward your toes.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 1, 'Using a surface so high that you lean back or lose your balance.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 2, 'Bouncing to push further into the stretch.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 0, 'Tingling, numbness or a pulling feeling in your calf or foot may mean a nerve is being stretched: ease off, and stop if it continues. If you have pain below the knee, skip this stretch.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 1, 'Skip this if you have osteoporosis or are on hip replacement precautions, as it leans your body forward and bends the hip a long way.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hamstring-stretch'), 2, 'Hold on to something steady if your balance is unsure. Stop if pain increases or spreads down a leg.');

-- Seated piriformis stretch
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('seated-piriformis-stretch', 'Seated piriformis stretch', 'STRETCH', 'SEATED', 'Chair', 'GENTLE', FALSE, TRUE,
        'Stretches the deep muscles of your buttock and hip from a chair, handy if you sit for long periods.',
        'Sit upright without leaning forward, or rest your ankle lower down on your shin.',
        'Lean a little further forward from your hips, keeping your back straight and your chest lifted.',
        10, 4, 3, 1, 0,
        20, 4, 3, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'GLUTES'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'HIPS');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'HIP_SURGERY'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 'OSTEOPOROSIS');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 0, 'Sit near the front of a sturdy chair without wheels, feet flat on the floor.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 1, 'Lift your right ankle and rest it on your left knee, letting your right knee drop gently outward.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 2, 'Sit tall, with your hands resting on your right shin.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 3, 'Keeping your back straight, lean forward slightly from your hips until you feel a stretch deep in your right buttock.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 4, 'Hold, breathing easily, then sit back up slowly.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 5, 'Uncross your legs and repeat with your left ankle on your right knee.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 0, 'Sit tall first'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 1, 'Lean from the hips, back straight'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 2, 'Let the crossed knee drop; don''t push it');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 0, 'Rounding your back and dropping your head to lean further.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 1, 'Pushing down hard on the crossed knee.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 2, 'Using a chair that has wheels or tips easily.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 0, 'Avoid this while you are on hip replacement precautions: it crosses the legs and bends the hip.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 1, 'Skip this if you have osteoporosis, as it involves leaning forward. If your knee complains, rest your ankle lower on your shin.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-piriformis-stretch'), 2, 'Stop if you feel tingling, or if pain increases or spreads down a leg.');

-- Seated twist
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('seated-twist', 'Seated twist', 'MOBILITY', 'SEATED', 'Chair', 'GENTLE', FALSE, TRUE,
        'Turns your upper and lower back gently while you sit, easing the stiffness of long spells at a desk.',
        'Turn only a short way, with your hands resting in your lap.',
        'Cross your arms over your chest and turn using only your trunk muscles, holding the end position for a full breath.',
        3, 4, 5, 1, 0,
        5, 4, 8, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'UPPER_BACK'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'LOWER_BACK');
INSERT INTO exercise_spine_load (exercise_id, movement) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'ROTATION');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 'OSTEOPOROSIS');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 0, 'Sit upright on a chair with your feet flat and hip-width apart.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 1, 'Sit tall, as if the top of your head were lifting toward the ceiling.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 2, 'Keeping your hips and knees facing forward, slowly turn your upper body to the right, resting your right hand on the backrest and your left hand on your right knee.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 3, 'Turn only as far as is comfortable and hold briefly, breathing easily.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 4, 'Slowly turn back to face forward.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 5, 'Repeat to the left, and keep alternating; each turn counts for that side.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 0, 'Sit tall first, then turn'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 1, 'Hips and knees keep facing forward'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 2, 'Hands steady you; they do not pull');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 0, 'Yanking on the backrest to twist further.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 1, 'Slumping as you turn.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 2, 'Twisting quickly or bouncing at the end of the turn.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 0, 'If you have osteoporosis, skip this: twisting the spine, especially toward the end of its range, is best avoided.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-twist'), 1, 'Stop if pain increases or spreads down a leg.');

-- Chin tuck
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('chin-tuck', 'Chin tuck', 'STRENGTHENING', 'SEATED', 'Chair', 'GENTLE', FALSE, FALSE,
        'Wakes up the deep muscles at the front of your neck and helps you carry your head over your shoulders instead of poking forward.',
        'Stand with your back against a wall and glide your head back until it lightly touches the wall.',
        'Lie on your back, tuck your chin and lift your head just off the floor for a few seconds, keeping the tuck.',
        3, 2, 5, 1, 0,
        5, 2, 10, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 'NECK');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 0, 'Sit tall on a chair with your shoulders relaxed and your eyes looking straight ahead.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 1, 'Keeping your chin level, glide your head straight back, as if making a double chin.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 2, 'Stop when you feel a gentle stretch at the base of your skull and the muscles at the front of your neck working.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 3, 'Hold, breathing normally.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 4, 'Relax and let your head glide forward to the start.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 0, 'Glide straight back, chin level'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 1, 'Eyes keep looking ahead'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 2, 'Shoulders relaxed');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 0, 'Tipping your chin down to your chest instead of gliding back.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 1, 'Tilting your head up to look at the ceiling.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 2, 'Pushing hard or shrugging your shoulders.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 0, 'Stop if you feel dizzy, get a headache, or feel pain or tingling spreading into an arm.'),
    ((SELECT id FROM exercise WHERE slug = 'chin-tuck'), 1, 'If your neck is very sore, keep the movement tiny and the holds short. Stop if pain increases.');

-- Wall angel
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('wall-angel', 'Wall angel', 'MOBILITY', 'STANDING', 'Wall', 'GENTLE', FALSE, FALSE,
        'Moves your upper back and shoulder blades, countering the rounded posture that long hours at a desk can bring.',
        'Sit on a chair with your back against the backrest, and raise your arms only as high as is comfortable.',
        'Step your feet closer to the wall and keep the backs of your hands and forearms touching it throughout the slide.',
        2, 4, 5, 1, 0,
        3, 4, 10, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'UPPER_BACK'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 'NECK');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 0, 'Stand with your back against a wall, feet a small step away from it and knees soft.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 1, 'Rest your head, upper back and bottom against the wall, with your low back close to it.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 2, 'Raise your arms into a goalpost shape, elbows bent at shoulder height and the backs of your arms toward the wall.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 3, 'Slowly slide your arms up the wall toward a Y shape, only as far as they stay near the wall and your back stays still.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 4, 'Pause briefly, then slide back down to the goalpost.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 0, 'Head, upper back and bottom touch the wall'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 1, 'Ribs down; low back stays near the wall'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 2, 'Slide slowly, only as high as is comfortable');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 0, 'Arching your low back away from the wall to get your arms higher.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 1, 'Shrugging your shoulders up toward your ears.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 2, 'Poking your chin forward off the wall.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 0, 'If you have a shoulder problem, move only within a pain-free range.'),
    ((SELECT id FROM exercise WHERE slug = 'wall-angel'), 1, 'If your hands tingle or go numb, lower your arms and rest. Stop if pain increases.');

-- Standing hip flexor stretch
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('standing-hip-flexor-stretch', 'Standing hip flexor stretch', 'STRETCH', 'STANDING', 'Chair or worktop for balance', 'GENTLE', FALSE, TRUE,
        'Stretches the front of your hip without kneeling, easing the stiffness long sitting can leave so your low back has to move less.',
        'Take a shorter stance and just tuck your pelvis under without moving your hips forward.',
        'Raise the arm on your back-leg side overhead and reach up gently, keeping your ribs down.',
        15, 4, 2, 1, 0,
        30, 4, 2, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 'HIP_FLEXORS');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 0, 'Stand side-on to a chair or worktop and rest one hand on it for balance.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 1, 'Step one foot back into a split stance: back leg straight with the heel lifted, front knee bent.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 2, 'Stand tall, gently tighten your tummy and tuck your tailbone under.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 3, 'Squeeze the buttock of your back leg and shift your hips forward slightly until you feel a stretch at the front of that hip.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 4, 'Hold, breathing easily, then step your feet together.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 5, 'Repeat with the other leg behind.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 0, 'Tuck your tailbone under first'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 1, 'Squeeze the buttock of the back leg'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 2, 'Stay tall; don''t arch your low back');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 0, 'Arching your low back instead of tucking your pelvis under.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 1, 'Leaning your upper body forward.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 2, 'Letting your front knee travel well past your toes.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 0, 'If you have had a hip replacement, check with your surgeon or physio first, as some operations limit how far the hip may stretch backward.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-hip-flexor-stretch'), 1, 'Stop if pain increases in your back or spreads down a leg.');

-- Standing back bend
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('standing-back-bend', 'Standing back bend', 'MOBILITY', 'STANDING', 'None', 'GENTLE', FALSE, FALSE,
        'Bends your low back gently backward after sitting or bending forward: a quick reset you can do almost anywhere.',
        'Make the lean smaller, just a few degrees, with your feet a little wider apart for balance.',
        'If you can get down to the floor and back up comfortably, move on to the prone press-up.',
        2, 4, 5, 1, 0,
        3, 4, 10, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'LOWER_BACK');
INSERT INTO exercise_spine_load (exercise_id, movement) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 'EXTENSION');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 0, 'Stand with your feet hip-width apart and place your hands on the small of your back, fingers pointing down.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 1, 'Gently tighten your tummy and keep your knees straight but not locked.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 2, 'Slowly lean backward from your waist, supporting your back with your hands, as far as is comfortable.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 3, 'Keep looking ahead rather than up, and hold briefly.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 4, 'Slowly come back to standing upright.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 0, 'Hands support the small of your back'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 1, 'Look ahead, not up at the ceiling'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 2, 'Lean back only as far as is comfortable');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 0, 'Throwing your head back to look at the ceiling.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 1, 'Bending your knees and pushing your hips far forward.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 2, 'Moving quickly or bouncing at the end.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 0, 'Skip this if arching backward, standing or walking makes your pain worse.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 1, 'If you feel dizzy or unsteady, make the lean smaller and stand near a wall.'),
    ((SELECT id FROM exercise WHERE slug = 'standing-back-bend'), 2, 'Stop if you feel tingling, or if pain increases or spreads down a leg.');

-- Seated pelvic tilt
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('seated-pelvic-tilt', 'Seated pelvic tilt', 'MOBILITY', 'SEATED', 'Chair', 'GENTLE', FALSE, FALSE,
        'Gently moves your low back while you sit and helps you find a comfortable, upright sitting position.',
        'Make the movement smaller, rocking only a short way in each direction.',
        'Sit away from the backrest and finish each rep by pausing in the tall middle position with your tummy gently braced.',
        2, 4, 5, 1, 0,
        3, 4, 10, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'LOWER_BACK');
INSERT INTO exercise_spine_load (exercise_id, movement) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'FLEXION');
INSERT INTO exercise_contraindication (exercise_id, health_condition) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 'OSTEOPOROSIS');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 0, 'Sit toward the front of a sturdy chair with your feet flat and hip-width apart, hands resting on your thighs.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 1, 'Roll your pelvis backward so your low back rounds slightly and you slump a little.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 2, 'Then roll your pelvis forward so you sit up tall with a gentle curve in your low back.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 3, 'Keep your shoulders and head quiet, letting the movement come from your pelvis.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 4, 'Rock slowly between the two, pausing briefly at each end, and finish sitting tall.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 0, 'Move from the pelvis; shoulders quiet'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 1, 'Small, smooth rocks'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 2, 'Finish sitting tall');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 0, 'Moving your shoulders and head instead of your pelvis.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 1, 'Pushing to a strain at either end.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 2, 'Rushing the rocking.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 0, 'If bending forward or sitting makes your pain worse, keep the slump very small or leave it out.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 1, 'Skip this if you have osteoporosis, since it includes slumping forward.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-pelvic-tilt'), 2, 'Stop if pain increases or spreads down a leg.');

-- Seated abdominal brace
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('seated-brace', 'Seated abdominal brace', 'STRENGTHENING', 'SEATED', 'Chair', 'GENTLE', FALSE, FALSE,
        'Practises gently tightening the muscles around your trunk, a simple skill that helps support your back when you lift, bend or stand up.',
        'Use a lighter effort, about a quarter of your strongest squeeze, and keep the holds short.',
        'Hold the brace while you lift one foot slightly off the floor, then the other, or while you stand up from the chair.',
        5, 2, 5, 1, 0,
        10, 2, 8, 1, 0);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 'CORE');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 0, 'Sit tall on a sturdy chair with your feet flat and your hands resting on your belly.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 1, 'Breathe in and out normally.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 2, 'Gently stiffen the muscles around your middle, as if someone were about to poke your tummy, without sucking it in or pushing it out.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 3, 'Hold the brace while you keep breathing; you should still be able to talk.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 4, 'Relax fully, then repeat.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 0, 'Stiffen your middle as if bracing for a poke'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 1, 'Keep breathing normally'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 2, 'Light effort, not a full squeeze');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 0, 'Holding your breath while you brace.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 1, 'Sucking your belly in hard or pushing it out instead of stiffening it.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 2, 'Slumping or tensing your shoulders.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 0, 'If you have high blood pressure, keep breathing throughout and use a light effort.'),
    ((SELECT id FROM exercise WHERE slug = 'seated-brace'), 1, 'If you are pregnant or have had recent abdominal surgery, check with your midwife, physio or doctor first. Stop if pain increases.');

-- Sit-to-stand
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('sit-to-stand', 'Sit-to-stand', 'STRENGTHENING', 'SEATED', 'Sturdy chair', 'MODERATE', FALSE, FALSE,
        'Strengthens your legs and buttocks in a movement you use every day, and practises bending from the hips while your back stays straight.',
        'Use a higher chair, or push off the armrests or your thighs with your hands.',
        'Use a lower chair and take 4 to 5 seconds to sit down, or hover just above the seat for a moment before sitting.',
        0, 5, 6, 1, 0,
        0, 5, 10, 2, 45);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'GLUTES'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 'HIPS');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 0, 'Sit toward the front of a sturdy chair placed against a wall, feet flat and hip-width apart, slightly behind your knees.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 1, 'Cross your arms over your chest or hold them out in front of you.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 2, 'Gently tighten your tummy, lean forward from your hips with a straight back, and push through your feet to stand up.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 3, 'Stand fully upright, squeezing your buttocks at the top.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 4, 'Bend your hips and knees to lower yourself slowly back onto the chair.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 0, 'Lean forward from the hips, back straight'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 1, 'Push through your whole foot'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 2, 'Sit down slowly, with control');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 0, 'Rounding your back as you lean forward.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 1, 'Letting your knees fall inward.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 2, 'Dropping back into the chair instead of lowering yourself slowly.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 3, 'Rocking hard to get up.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 0, 'If you have had a hip replacement, use a higher chair so your hips don''t bend past 90 degrees, and follow your physio''s advice.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 1, 'If your knees hurt, use a higher chair and push off with your hands.'),
    ((SELECT id FROM exercise WHERE slug = 'sit-to-stand'), 2, 'Stop if pain increases or spreads down a leg.');

-- Shoulder blade squeeze
INSERT INTO exercise (slug, name, kind, start_position, equipment, intensity, kneeling, per_side, benefit, easier_variation, harder_variation, beginner_hold_seconds, beginner_tempo_seconds, beginner_reps, beginner_sets, beginner_rest_seconds, regular_hold_seconds, regular_tempo_seconds, regular_reps, regular_sets, regular_rest_seconds)
VALUES ('shoulder-blade-squeeze', 'Shoulder blade squeeze', 'STRENGTHENING', 'SEATED', 'Chair', 'GENTLE', FALSE, FALSE,
        'Strengthens the muscles between your shoulder blades that help you sit and stand tall, easing the strain of a rounded upper back.',
        'Squeeze more gently and for a shorter time, with your back supported by the chair.',
        'Hold a light resistance band in both hands in front of you and pull it apart as you draw your shoulder blades together.',
        3, 2, 8, 1, 0,
        5, 2, 10, 2, 20);
INSERT INTO exercise_area (exercise_id, area) VALUES
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'UPPER_BACK'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 'NECK');
INSERT INTO exercise_step (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 0, 'Sit tall on a chair with your feet flat and your arms by your sides, elbows bent.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 1, 'Keep your chin level and your shoulders relaxed, away from your ears.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 2, 'Gently draw your shoulder blades back and down toward each other, letting your elbows move back.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 3, 'Hold, breathing normally.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 4, 'Relax and let your shoulder blades return.');
INSERT INTO exercise_cue (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 0, 'Shoulder blades back and down'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 1, 'Shoulders away from your ears'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 2, 'Chin level, ribs down');
INSERT INTO exercise_mistake (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 0, 'Shrugging your shoulders up toward your ears.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 1, 'Arching your low back and pushing your chest out.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 2, 'Poking your chin forward.');
INSERT INTO exercise_caution (exercise_id, line_index, line_text) VALUES
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 0, 'If you have a shoulder problem, use a light squeeze within a pain-free range.'),
    ((SELECT id FROM exercise WHERE slug = 'shoulder-blade-squeeze'), 1, 'Stop if pain increases or you feel tingling in your arms.');
