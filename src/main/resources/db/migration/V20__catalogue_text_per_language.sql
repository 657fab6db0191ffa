-- Catalogue text in languages other than English. English stays in `exercise` and its line tables and is the
-- fallback for anything a language leaves out. A new language is a data migration that fills these two tables
-- (and a messages file): no schema or code change.
CREATE TABLE exercise_text (
    exercise_id      BIGINT       NOT NULL REFERENCES exercise (id),
    lang             VARCHAR(8)   NOT NULL,
    name             VARCHAR(120) NOT NULL,
    equipment        VARCHAR(120) NOT NULL,
    benefit          VARCHAR(400) NOT NULL,
    easier_variation VARCHAR(500),
    harder_variation VARCHAR(500),
    PRIMARY KEY (exercise_id, lang)
);

-- The numbered lines of an exercise (steps, cues, common mistakes, cautions) in one language, in order.
CREATE TABLE exercise_text_line (
    exercise_id BIGINT       NOT NULL REFERENCES exercise (id),
    lang        VARCHAR(8)   NOT NULL,
    section     VARCHAR(10)  NOT NULL,
    line_index  INT          NOT NULL,
    line_text   VARCHAR(600) NOT NULL,
    PRIMARY KEY (exercise_id, lang, section, line_index),
    CONSTRAINT ck_exercise_text_line_section CHECK (section IN ('STEP', 'CUE', 'MISTAKE', 'CAUTION'))
);
