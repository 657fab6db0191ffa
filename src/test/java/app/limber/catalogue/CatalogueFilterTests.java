package app.limber.catalogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueFilterTests {

	private static final ExerciseDetails CAT_COW = exercise("cat-cow", "Cat-cow", ExerciseKind.MOBILITY,
			StartPosition.ALL_FOURS, List.of(BodyArea.LOWER_BACK, BodyArea.UPPER_BACK));

	private static final ExerciseDetails SEATED_TWIST = exercise("seated-twist", "Seated twist", ExerciseKind.MOBILITY,
			StartPosition.SEATED, List.of(BodyArea.UPPER_BACK));

	private static final ExerciseDetails STANDING_HAMSTRING = exercise("standing-hamstring-stretch",
			"Standing hamstring stretch", ExerciseKind.STRETCH, StartPosition.STANDING, List.of(BodyArea.HAMSTRINGS));

	private static final List<ExerciseDetails> ALL = List.of(CAT_COW, SEATED_TWIST, STANDING_HAMSTRING);

	@Test
	void emptyFilterKeepsEverything() {
		assertThat(CatalogueFilter.NONE.isEmpty()).isTrue();
		assertThat(ALL).allMatch(CatalogueFilter.NONE::matches);
	}

	@Test
	void filtersCombine() {
		CatalogueFilter mobilityWithoutFloor = new CatalogueFilter(ExerciseKind.MOBILITY, null, null, true, null);
		assertThat(ALL.stream().filter(mobilityWithoutFloor::matches)).containsExactly(SEATED_TWIST);
	}

	@Test
	void areaAndPositionFilter() {
		assertThat(ALL.stream().filter(new CatalogueFilter(null, BodyArea.UPPER_BACK, null, false, null)::matches))
			.containsExactly(CAT_COW, SEATED_TWIST);
		assertThat(ALL.stream().filter(new CatalogueFilter(null, null, StartPosition.STANDING, false, null)::matches))
			.containsExactly(STANDING_HAMSTRING);
	}

	@Test
	void searchNeedsEveryWordInAnyCase() {
		assertThat(ALL.stream().filter(new CatalogueFilter(null, null, null, false, "  HAMSTRING standing ")::matches))
			.containsExactly(STANDING_HAMSTRING);
		assertThat(ALL.stream().filter(new CatalogueFilter(null, null, null, false, "hamstring twist")::matches))
			.isEmpty();
	}

	static ExerciseDetails exercise(String slug, String name, ExerciseKind kind, StartPosition position,
			List<BodyArea> areas) {
		Dosage dosage = new Dosage(0, 4, 8, 1, 0);
		return new ExerciseDetails(slug, name, slug, kind, areas, position, "None", Intensity.GENTLE, false, List.of(),
				List.of(), false, dosage, dosage, List.of("Do it."), List.of("Slowly."), List.of("Rushing."),
				List.of("Stop if it hurts."), null, null, "Helps.");
	}

}
