package app.limber.catalogue;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.limber.system.Languages;

/**
 * The exercise catalogue as the rest of Limber reads it, in the language of the request (English where a language
 * leaves something out). The catalogue only changes through migrations, that is with a new release, so one cached
 * copy per language per instance stays correct when several instances share a database.
 */
@Service
public class Catalogue {

	private final CatalogueSnapshot snapshot;

	private final Languages languages;

	Catalogue(CatalogueSnapshot snapshot, Languages languages) {
		this.snapshot = snapshot;
		this.languages = languages;
	}

	/**
	 * Every exercise in the request's language, in one order whatever the language (the English names'), so that
	 * the planner picks the same exercises for everyone.
	 */
	public List<ExerciseDetails> all() {
		return all(LocaleContextHolder.getLocale());
	}

	public List<ExerciseDetails> all(Locale locale) {
		return this.snapshot.load(this.languages.find(locale).orElse(Languages.FALLBACK).getLanguage());
	}

	/** The exercises that match, in the alphabetical order of their names in the request's language. */
	public List<ExerciseDetails> find(CatalogueFilter filter) {
		String language = this.languages.find(LocaleContextHolder.getLocale()).orElse(Languages.FALLBACK).getLanguage();
		return this.snapshot.byName(language).stream().filter(filter::matches).toList();
	}

	public Optional<ExerciseDetails> findBySlug(String slug) {
		return all().stream().filter((exercise) -> exercise.slug().equals(slug)).findFirst();
	}

	public ExerciseDetails getBySlug(String slug) {
		return findBySlug(slug).orElseThrow(() -> new ExerciseNotFoundException(slug));
	}

	/** Loads the catalogue once per language; a separate bean so that the cache proxy sees the call. */
	@Service
	static class CatalogueSnapshot {

		private final ExerciseRepository exercises;

		private final CatalogueTexts texts;

		CatalogueSnapshot(ExerciseRepository exercises, CatalogueTexts texts) {
			this.exercises = exercises;
			this.texts = texts;
		}

		/** The same, in the alphabetical order of the names in that language, as the list shows them. */
		@Cacheable("catalogue-by-name")
		@Transactional(readOnly = true)
		public List<ExerciseDetails> byName(String language) {
			return load(language).stream()
				.sorted(Comparator.comparing(ExerciseDetails::name, Collator.getInstance(Locale.forLanguageTag(language))))
				.toList();
		}

		/** English from {@code exercise} and its line tables; another language over it from {@link CatalogueTexts}. */
		@Cacheable("catalogue")
		@Transactional(readOnly = true)
		public List<ExerciseDetails> load(String language) {
			List<ExerciseDetails> english = this.exercises.findAllByOrderByNameAsc().stream().map(Exercise::toDetails).toList();
			if (language.equals(Languages.FALLBACK.getLanguage())) {
				return english;
			}
			Map<String, CatalogueTexts.Text> translated = this.texts.inLanguage(language);
			return english.stream()
				.map((exercise) -> translated.containsKey(exercise.slug()) ? exercise.in(translated.get(exercise.slug()))
						: exercise)
				.toList();
		}

	}

}
