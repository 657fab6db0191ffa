package app.limber.catalogue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A language is data: whatever {@code exercise_text} and {@code exercise_text_line} hold for it replaces the English,
 * field by field and line by line, and English shows wherever it has nothing. The rows written here ("zz", a made-up
 * language) are rolled back after each test.
 */
@SpringBootTest
@Transactional
class CatalogueLanguageTests {

	@Autowired
	private Catalogue.CatalogueSnapshot snapshot;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private CacheManager caches;

	/** The catalogue is loaded once per language; these tests change the language's rows, so each loads it anew. */
	@BeforeEach
	@AfterEach
	void forgetTheMadeUpLanguage() {
		this.caches.getCache("catalogue").evict("zz");
	}

	@Test
	void aTranslatedExerciseShowsItsWordsAndEnglishWhereTheyAreMissing() {
		ExerciseDetails english = exercise("en", "cat-cow");
		text("cat-cow", "Zat-zow", "Zat mat", "Zelps the zack.", null, "Zarder");
		line("cat-cow", "STEP", 1, "Zstart flat.");
		line("cat-cow", "CUE", 0, "Zlowly.");

		ExerciseDetails translated = exercise("zz", "cat-cow");

		assertThat(translated.name()).isEqualTo("Zat-zow");
		assertThat(translated.equipment()).isEqualTo("Zat mat");
		assertThat(translated.benefit()).isEqualTo("Zelps the zack.");
		assertThat(translated.harderVariation()).isEqualTo("Zarder");
		assertThat(translated.easierVariation()).isEqualTo(english.easierVariation()).isNotBlank();
		assertThat(translated.steps()).hasSameSizeAs(english.steps()).element(1).isEqualTo("Zstart flat.");
		assertThat(translated.steps().get(0)).isEqualTo(english.steps().get(0));
		assertThat(translated.cues().get(0)).isEqualTo("Zlowly.");
		assertThat(translated.cues().subList(1, english.cues().size())).isEqualTo(english.cues().subList(1, english.cues().size()));
		assertThat(translated.mistakes()).isEqualTo(english.mistakes());
		assertThat(translated.cautions()).isEqualTo(english.cautions());
		// What the exercise is stays the same: the planner treats it alike in every language.
		assertThat(translated.kind()).isEqualTo(english.kind());
		assertThat(translated.beginnerDosage()).isEqualTo(english.beginnerDosage());
		assertThat(translated.areas()).isEqualTo(english.areas());
	}

	@Test
	void anExerciseTheLanguageHasNothingForIsInEnglishAndTheOrderIsTheSame() {
		text("cat-cow", "Zat-zow", "Zat mat", "Zelps the zack.", null, null);
		List<ExerciseDetails> english = this.snapshot.load("en");
		List<ExerciseDetails> translated = this.snapshot.load("zz");
		assertThat(translated).extracting(ExerciseDetails::slug).isEqualTo(english.stream().map(ExerciseDetails::slug).toList());
		assertThat(exercise("zz", "bird-dog")).isEqualTo(exercise("en", "bird-dog"));
	}

	@Test
	void onlyLinesAreTranslatedTheRestStaysEnglish() {
		line("bird-dog", "MISTAKE", 0, "Zagging hips.");
		ExerciseDetails translated = exercise("zz", "bird-dog");
		assertThat(translated.name()).isEqualTo(exercise("en", "bird-dog").name());
		assertThat(translated.mistakes()).first().isEqualTo("Zagging hips.");
	}

	@Test
	void thePregnancyNoteIsTheTranslationOfTheEnglishOne() {
		ExerciseDetails english = exercise("en", "seated-brace");
		int note = english.cautions().indexOf(english.pregnancyNotes().get(0));
		for (int i = 0; i < english.cautions().size(); i++) {
			line("seated-brace", "CAUTION", i, (i == note) ? "Zee your zidwife." : "Zaution " + i);
		}
		assertThat(exercise("zz", "seated-brace").pregnancyNotes()).containsExactly("Zee your zidwife.");
	}

	private ExerciseDetails exercise(String language, String slug) {
		return this.snapshot.load(language).stream().filter((e) -> e.slug().equals(slug)).findFirst().orElseThrow();
	}

	private void text(String slug, String name, String equipment, String benefit, String easier, String harder) {
		this.jdbc.sql("""
				INSERT INTO exercise_text (exercise_id, lang, name, equipment, benefit, easier_variation, harder_variation)
				VALUES ((SELECT id FROM exercise WHERE slug = ?), 'zz', ?, ?, ?, ?, ?)""")
			.params(slug, name, equipment, benefit, easier, harder)
			.update();
	}

	private void line(String slug, String section, int index, String text) {
		this.jdbc.sql("""
				INSERT INTO exercise_text_line (exercise_id, lang, section, line_index, line_text)
				VALUES ((SELECT id FROM exercise WHERE slug = ?), 'zz', ?, ?, ?)""")
			.params(slug, section, index, text)
			.update();
	}

}
