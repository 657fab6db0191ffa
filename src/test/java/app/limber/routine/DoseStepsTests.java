package app.limber.routine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The dose ladders that the planner, level changes and per-exercise feedback all step along. */
class DoseStepsTests {

	private static final DosageLimits STRETCH = new DosageLimits(10, 30, 2, 4, 1);

	private static final DosageLimits CURL_UP = new DosageLimits(8, 10, 3, 8, 3);

	@Test
	void aStretchHoldsTenFifteenTwentyThirtyThenDoesMoreReps() {
		List<String> steps = new ArrayList<>();
		Optional<Prescription> dose = Optional.of(new Prescription(10, 4, 2, 1, 0, true));
		while (dose.isPresent()) {
			steps.add(dose.get().holdSeconds() + "x" + dose.get().reps());
			dose = DoseSteps.stepUp(dose.get(), STRETCH);
		}
		assertThat(steps).containsExactly("10x2", "15x2", "20x2", "30x2", "30x3", "30x4");
	}

	@Test
	void stepDownIsTheMirrorAndStopsAtTheBottom() {
		Prescription top = new Prescription(30, 4, 4, 1, 0, true);
		List<String> steps = new ArrayList<>();
		Optional<Prescription> dose = Optional.of(top);
		while (dose.isPresent()) {
			steps.add(dose.get().holdSeconds() + "x" + dose.get().reps());
			dose = DoseSteps.stepDown(dose.get(), STRETCH);
		}
		assertThat(steps).containsExactly("30x4", "20x4", "15x4", "10x4", "10x3", "10x2");
	}

	@Test
	void aMcGillPyramidGainsARepPerSetAndNeverBreaksItsLimits() {
		Prescription pyramid = new Prescription(8, 4, 5, 3, 30, false, true);
		assertThat(pyramid.totalReps()).isEqualTo(5 + 3 + 1);
		Prescription up = DoseSteps.stepUp(pyramid, CURL_UP).orElseThrow();
		assertThat(up.reps()).isEqualTo(6);
		assertThat(up.repsInSet(3)).isEqualTo(2);
		Prescription top = new Prescription(10, 4, 8, 3, 30, false, true);
		assertThat(DoseSteps.stepUp(top, CURL_UP)).isEmpty();
		Prescription bottom = new Prescription(8, 4, 5, 3, 30, false, true);
		assertThat(DoseSteps.stepDown(bottom, CURL_UP)).isEmpty(); // 4-2-0 is not a pyramid; 8 s is McGill's least
	}

	@Test
	void everyNumberIsOneAClinicianWrites() {
		assertThat(DoseSteps.HOLDS).filteredOn((hold) -> hold >= 10).allMatch((hold) -> hold % 5 == 0);
		assertThat(DoseSteps.snap(DoseSteps.HOLDS, 11, 10, 30)).isEqualTo(10);
		assertThat(DoseSteps.snap(DoseSteps.REPS, 13, 2, 15)).isEqualTo(12);
		assertThat(DoseSteps.onLadder(new Prescription(11, 4, 3, 1, 0, false))).isFalse();
		assertThat(DoseSteps.onLadder(new Prescription(15, 4, 3, 1, 0, false))).isTrue();
	}

}
