package app.limber.routine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import app.limber.catalogue.TestCatalogue;

/**
 * How long building one routine takes, on the real catalogue. Not part of {@code verify}; run it with
 * {@code ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=RoutinePlannerBenchmarkTests} and read the figures it
 * prints (docs/benchmarks.md keeps the latest).
 */
@Tag("benchmark")
class RoutinePlannerBenchmarkTests {

	@Test
	void buildingARoutineTakesWellUnderAMillisecond() {
		RoutinePlanner planner = new RoutinePlanner(TestCatalogue.exercises());
		List<RoutineRequest> requests = new ArrayList<>();
		for (int minutes = RoutineRequest.MIN_MINUTES; minutes <= RoutineRequest.MAX_MINUTES; minutes++) {
			for (Focus focus : Focus.values()) {
				for (Level level : Level.values()) {
					for (Setting setting : Setting.values()) {
						requests.add(new RoutineRequest(minutes, focus, level, setting,
								(minutes % 3 == 0) ? EnumSet.of(Avoid.FLEXION) : Set.of(), Set.of()));
					}
				}
			}
		}
		long sink = 0;
		for (int warmup = 0; warmup < 20; warmup++) {
			for (RoutineRequest request : requests) {
				sink += planner.plan(request).totalSeconds();
			}
		}
		int rounds = 20;
		long[] perPlanNanos = new long[rounds];
		for (int round = 0; round < rounds; round++) {
			long start = System.nanoTime();
			for (RoutineRequest request : requests) {
				sink += planner.plan(request, round).totalSeconds();
			}
			perPlanNanos[round] = (System.nanoTime() - start) / requests.size();
		}
		java.util.Arrays.sort(perPlanNanos);
		System.out.printf("RoutinePlanner: %d requests x %d rounds; per plan: median %.1f us, best %.1f us, worst round %.1f us (checksum %d)%n",
				requests.size(), rounds, perPlanNanos[rounds / 2] / 1000.0, perPlanNanos[0] / 1000.0,
				perPlanNanos[rounds - 1] / 1000.0, sink);
	}

}
