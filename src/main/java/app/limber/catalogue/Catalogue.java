package app.limber.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exercise catalogue as the rest of Limber reads it. The catalogue only changes through migrations, that is
 * with a new release, so one cached copy per instance stays correct when several instances share a database.
 */
@Service
public class Catalogue {

	private final CatalogueSnapshot snapshot;

	Catalogue(CatalogueSnapshot snapshot) {
		this.snapshot = snapshot;
	}

	public List<ExerciseDetails> all() {
		return this.snapshot.load();
	}

	public List<ExerciseDetails> find(CatalogueFilter filter) {
		return all().stream().filter(filter::matches).toList();
	}

	public Optional<ExerciseDetails> findBySlug(String slug) {
		return all().stream().filter((exercise) -> exercise.slug().equals(slug)).findFirst();
	}

	public ExerciseDetails getBySlug(String slug) {
		return findBySlug(slug).orElseThrow(() -> new ExerciseNotFoundException(slug));
	}

	/** Loads the catalogue once; a separate bean so that the cache proxy sees the call. */
	@Service
	static class CatalogueSnapshot {

		private final ExerciseRepository exercises;

		CatalogueSnapshot(ExerciseRepository exercises) {
			this.exercises = exercises;
		}

		@Cacheable("catalogue")
		@Transactional(readOnly = true)
		public List<ExerciseDetails> load() {
			return this.exercises.findAllByOrderByNameAsc().stream().map(Exercise::toDetails).toList();
		}

	}

}
