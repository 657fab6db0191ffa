package app.limber.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An exercise "keeps hurting" when the person pressed "This hurts" during it in at least {@value #HURT_IN} of the
 * last {@value #LOOK_BACK} sessions that included it. One bad day is not a pattern; two out of three is.
 */
final class HurtFlags {

	static final int LOOK_BACK = 3;

	static final int HURT_IN = 2;

	private HurtFlags() {
	}

	/** The exercises that keep hurting, most recent first; {@code newestFirst} is one person's sessions. */
	static List<Flag> of(List<CompletionView> newestFirst) {
		Set<String> exercises = new LinkedHashSet<>();
		newestFirst.forEach((completion) -> completion.steps().forEach((step) -> exercises.add(step.exercise())));
		List<Flag> flags = new ArrayList<>();
		for (String exercise : exercises) {
			List<CompletionView> recent = newestFirst.stream()
				.filter((completion) -> completion.includes(exercise))
				.limit(LOOK_BACK)
				.toList();
			long hurt = recent.stream().filter((completion) -> completion.hurt(exercise)).count();
			if (hurt >= HURT_IN) {
				flags.add(new Flag(exercise, (int) hurt, recent.size()));
			}
		}
		return flags;
	}

	/** {@code exercise} hurt in {@code hurtIn} of the last {@code sessions} sessions that included it. */
	record Flag(String exercise, int hurtIn, int sessions) {
	}

}
