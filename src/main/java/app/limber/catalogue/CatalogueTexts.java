package app.limber.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The catalogue's words in a language other than English ({@code exercise_text} and {@code exercise_text_line},
 * filled by data migrations): two queries for the whole catalogue, however many exercises and lines it has.
 */
@Component
class CatalogueTexts {

	/** The sections of {@code exercise_text_line}. */
	enum Section {

		STEP, CUE, MISTAKE, CAUTION

	}

	private final JdbcClient jdbc;

	CatalogueTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each translated exercise's words by its slug; an exercise the language has nothing for is absent. */
	Map<String, Text> inLanguage(String language) {
		Map<String, Text> texts = new HashMap<>();
		this.jdbc.sql("""
				SELECT e.slug, t.name, t.equipment, t.benefit, t.easier_variation, t.harder_variation
				FROM exercise_text t JOIN exercise e ON e.id = t.exercise_id WHERE t.lang = :lang""")
			.param("lang", language)
			.query((row, n) -> new Text(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
					row.getString(5), row.getString(6), new HashMap<>()))
			.list()
			.forEach((text) -> texts.put(text.slug(), text));
		this.jdbc.sql("""
				SELECT e.slug, l.section, l.line_index, l.line_text
				FROM exercise_text_line l JOIN exercise e ON e.id = l.exercise_id WHERE l.lang = :lang""")
			.param("lang", language)
			.query((row) -> {
				String slug = row.getString(1);
				Text text = texts.computeIfAbsent(slug,
						(s) -> new Text(s, null, null, null, null, null, new HashMap<>()));
				text.lines()
					.computeIfAbsent(Section.valueOf(row.getString(2)), (section) -> new TreeMap<>())
					.put(row.getInt(3), row.getString(4));
			});
		return texts;
	}

	/** One exercise's words in one language; any of them may be missing (null, or a line not there). */
	record Text(String slug, String name, String equipment, String benefit, String easierVariation,
			String harderVariation, Map<Section, TreeMap<Integer, String>> lines) {

		/** The section line by line: the translated line where there is one, the English one where not. */
		List<String> lines(Section section, List<String> english) {
			TreeMap<Integer, String> translated = this.lines.getOrDefault(section, new TreeMap<>());
			int size = Math.max(english.size(), translated.isEmpty() ? 0 : translated.lastKey() + 1);
			List<String> merged = new ArrayList<>(size);
			for (int i = 0; i < size; i++) {
				String line = translated.getOrDefault(i, (i < english.size()) ? english.get(i) : null);
				if (line != null) {
					merged.add(line);
				}
			}
			return List.copyOf(merged);
		}

	}

}
