package app.limber.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue in every language besides English, as the migrations load it into {@code exercise_text} and
 * {@code exercise_text_line}: each language has every exercise whole (name, equipment, benefit, variations, and as
 * many steps, cues, mistakes and cautions as the English, in the same order), and Spanish is really written in
 * Spanish rather than left in English.
 */
@DataJpaTest
class CatalogueSpanishTests {

	/** Exercises whose name is the same word in Spanish as in English. */
	private static final Set<String> SAME_NAME_IN_SPANISH = Set.of("superman");

	/** The English steps, cues, mistakes and cautions as (exercise_id, section, line_index, line_text). */
	private static final String ENGLISH_LINES = """
			SELECT exercise_id, 'STEP' AS section, line_index, line_text FROM exercise_step
			UNION ALL SELECT exercise_id, 'CUE', line_index, line_text FROM exercise_cue
			UNION ALL SELECT exercise_id, 'MISTAKE', line_index, line_text FROM exercise_mistake
			UNION ALL SELECT exercise_id, 'CAUTION', line_index, line_text FROM exercise_caution""";

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void spanishIsLoadedAndEveryLanguageHasTheWholeCatalogue() {
		List<String> languages = this.jdbc.queryForList(
				"SELECT lang FROM exercise_text UNION SELECT lang FROM exercise_text_line ORDER BY 1", String.class);
		assertThat(languages).contains("es");
		for (String lang : languages) {
			assertThat(gapsIn(lang)).as("what the '%s' catalogue lacks", lang).isEmpty();
		}
	}

	@Test
	void aHalfLoadedLanguageOrALostLineIsCaught() {
		// A third language with one exercise and no lines, and a Spanish cue gone (each test's changes roll back).
		this.jdbc.update("INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit) VALUES "
				+ "((SELECT id FROM exercise WHERE slug = 'cat-cow'), 'fr', 'Chat-vache', 'Tapis', 'Mobilise le dos.')");
		this.jdbc.update("DELETE FROM exercise_text_line WHERE lang = 'es' AND section = 'CUE' AND line_index = 1 "
				+ "AND exercise_id = (SELECT id FROM exercise WHERE slug = 'bridge')");

		assertThat(gapsIn("fr")).contains("bridge: no 'fr' row", "cat-cow: easier variation missing",
				"cat-cow STEP: no 'fr' lines");
		assertThat(gapsIn("es")).containsExactly("bridge CUE: line indexes [0, 2] in 'es', [0, 1, 2] in English");
	}

	@Test
	void spanishTextIsWrittenInSpanishNotLeftInEnglish() {
		List<String> copied = new ArrayList<>();
		this.jdbc.query("""
				SELECT e.slug, e.name, e.equipment, e.benefit, e.easier_variation, e.harder_variation,
				       t.name, t.equipment, t.benefit, t.easier_variation, t.harder_variation
				FROM exercise e JOIN exercise_text t ON t.exercise_id = e.id AND t.lang = 'es'""", (row) -> {
			String slug = row.getString(1);
			String[] fields = { "name", "equipment", "benefit", "easier variation", "harder variation" };
			for (int i = 0; i < fields.length; i++) {
				String english = row.getString(2 + i);
				String spanish = row.getString(7 + i);
				boolean allowed = (i == 0) && SAME_NAME_IN_SPANISH.contains(slug);
				if (english != null && english.equalsIgnoreCase(spanish) && !allowed) {
					copied.add(slug + " " + fields[i] + ": " + spanish);
				}
			}
		});
		this.jdbc.query("SELECT e.slug, en.section, en.line_index, en.line_text FROM (" + ENGLISH_LINES + ") en "
				+ "JOIN exercise e ON e.id = en.exercise_id "
				+ "JOIN exercise_text_line es ON es.exercise_id = en.exercise_id AND es.lang = 'es' "
				+ "AND es.section = en.section AND es.line_index = en.line_index "
				+ "WHERE LOWER(es.line_text) = LOWER(en.line_text)",
				(RowCallbackHandler) (row) -> copied.add(row.getString(1) + " " + row.getString(2) + " "
						+ row.getInt(3) + ": " + row.getString(4)));
		assertThat(copied).as("Spanish fields identical to the English").isEmpty();
	}

	@Test
	void spanishKeepsTheNamesPhysiotherapistsUse() {
		assertThat(spanishName("cat-cow")).isEqualTo("Gato-vaca");
		assertThat(spanishName("childs-pose")).isEqualTo("Postura del niño");
		assertThat(spanishName("bridge")).isEqualTo("Puente de glúteos");
		assertThat(spanishName("bird-dog")).isEqualTo("Perro de caza");
		assertThat(spanishName("plank")).startsWith("Plancha");
		assertThat(spanishLine("piriformis-stretch", "STEP", 1)).contains("tobillo derecho", "rodilla izquierda");
	}

	/** Everything a language lacks against the English catalogue, one readable line per gap. */
	private List<String> gapsIn(String lang) {
		List<String> gaps = new ArrayList<>();
		this.jdbc.query("""
				SELECT e.slug, e.easier_variation, e.harder_variation,
				       t.exercise_id, t.name, t.equipment, t.benefit, t.easier_variation, t.harder_variation
				FROM exercise e LEFT JOIN exercise_text t ON t.exercise_id = e.id AND t.lang = ?
				ORDER BY e.slug""", (row) -> {
			String slug = row.getString(1);
			if (row.getObject(4) == null) {
				gaps.add(slug + ": no '" + lang + "' row");
				return;
			}
			blank(gaps, slug, "name", row.getString(5));
			blank(gaps, slug, "equipment", row.getString(6));
			blank(gaps, slug, "benefit", row.getString(7));
			if (row.getString(2) != null) {
				blank(gaps, slug, "easier variation", row.getString(8));
			}
			if (row.getString(3) != null) {
				blank(gaps, slug, "harder variation", row.getString(9));
			}
		}, lang);

		Map<String, List<Integer>> english = lineIndexes("SELECT e.slug, l.section, l.line_index FROM ("
				+ ENGLISH_LINES + ") l JOIN exercise e ON e.id = l.exercise_id ORDER BY e.slug, l.section, l.line_index");
		Map<String, List<Integer>> translated = lineIndexes("""
				SELECT e.slug, l.section, l.line_index FROM exercise_text_line l
				JOIN exercise e ON e.id = l.exercise_id
				WHERE l.lang = ? ORDER BY e.slug, l.section, l.line_index""", lang);
		english.forEach((key, indexes) -> {
			List<Integer> theirs = translated.get(key);
			if (theirs == null) {
				gaps.add(key + ": no '" + lang + "' lines");
			}
			else if (!theirs.equals(indexes)) {
				gaps.add(key + ": line indexes " + theirs + " in '" + lang + "', " + indexes + " in English");
			}
		});
		translated.keySet().stream().filter((key) -> !english.containsKey(key))
			.forEach((key) -> gaps.add(key + ": '" + lang + "' lines where English has none"));
		this.jdbc.query("""
				SELECT e.slug, l.section, l.line_index FROM exercise_text_line l JOIN exercise e ON e.id = l.exercise_id
				WHERE l.lang = ? AND TRIM(l.line_text) = ''""",
				(RowCallbackHandler) (row) -> gaps.add(row.getString(1) + " " + row.getString(2) + " "
						+ row.getInt(3) + ": blank"),
				lang);
		return gaps;
	}

	private static void blank(List<String> gaps, String slug, String field, String value) {
		if (value == null || value.isBlank()) {
			gaps.add(slug + ": " + field + " missing");
		}
	}

	/** "slug SECTION" to its line indexes in order. */
	private Map<String, List<Integer>> lineIndexes(String sql, Object... args) {
		Map<String, List<Integer>> indexes = new TreeMap<>();
		this.jdbc.query(sql, (row) -> {
			indexes.computeIfAbsent(row.getString(1) + " " + row.getString(2), (key) -> new ArrayList<>())
				.add(row.getInt(3));
		}, args);
		return indexes;
	}

	private String spanishName(String slug) {
		return this.jdbc.queryForObject("SELECT t.name FROM exercise_text t JOIN exercise e ON e.id = t.exercise_id "
				+ "WHERE e.slug = ? AND t.lang = 'es'", String.class, slug);
	}

	private String spanishLine(String slug, String section, int index) {
		return this.jdbc.queryForObject("SELECT l.line_text FROM exercise_text_line l JOIN exercise e ON e.id = "
				+ "l.exercise_id WHERE e.slug = ? AND l.lang = 'es' AND l.section = ? AND l.line_index = ?",
				String.class, slug, section, index);
	}

}
