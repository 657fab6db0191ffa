package app.limber.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway's migrations build the schema and load the catalogue; the JPA mapping reads it back whole. */
@DataJpaTest(showSql = false)
class CatalogueRepositoryTests {

	@Autowired
	private ExerciseRepository exercises;

	@Test
	void migrationsLoadTheWholeCatalogueInNameOrder() {
		List<Exercise> all = this.exercises.findAllByOrderByNameAsc();
		assertThat(all).hasSizeGreaterThanOrEqualTo(24);
		List<String> names = all.stream().map((exercise) -> exercise.toDetails().name()).toList();
		assertThat(names).isSortedAccordingTo(String::compareTo);
	}

	@Test
	void findsAnExerciseBySlugWithItsOrderedLines() {
		ExerciseDetails catCow = this.exercises.findBySlug("cat-cow").orElseThrow().toDetails();
		assertThat(catCow.name()).isEqualTo("Cat-cow");
		assertThat(catCow.kind()).isEqualTo(ExerciseKind.MOBILITY);
		assertThat(catCow.position()).isEqualTo(StartPosition.ALL_FOURS);
		assertThat(catCow.spineLoads()).containsExactly(SpineMovement.FLEXION, SpineMovement.EXTENSION);
		assertThat(catCow.steps()).hasSizeGreaterThanOrEqualTo(3).doesNotContainNull();
		assertThat(catCow.beginnerDosage().reps()).isPositive();
	}

	@Test
	void unknownSlugIsEmpty() {
		assertThat(this.exercises.findBySlug("no-such-exercise")).isEmpty();
	}

}
