package app.limber.session;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Pain before and after sessions, and minutes done, week by week over the last twelve weeks (each week ends on a
 * day counted back from today, so no week is cut short), and what it says in words: from the first week with an
 * "after" rating to the latest, has pain after sessions gone down, stayed the same or gone up? Weekly averages are
 * rounded to whole points of the 0-10 scale before they are compared, so a drift of a few tenths is "the same".
 */
public record PainTrend(List<Week> weeks, Direction direction, Integer from, Integer to, int overWeeks) {

	/** How many weeks the chart and the words look back. */
	public static final int WEEKS = 12;

	public enum Direction {

		/** Fewer than two weeks have an "after" rating: nothing to compare yet. */
		NOT_ENOUGH,

		FALLING, STEADY, RISING

	}

	/** One week, oldest first; {@code before} and {@code after} are averages, null when nothing was rated. */
	public record Week(LocalDate start, LocalDate end, Double before, Double after, int minutes, int sessions) {
	}

	public boolean rising() {
		return this.direction == Direction.RISING;
	}

	public boolean hasRatings() {
		return this.weeks.stream().anyMatch((week) -> week.before() != null || week.after() != null);
	}

	public boolean hasSessions() {
		return this.weeks.stream().anyMatch((week) -> week.sessions() > 0);
	}

	/** The trend of {@code completions} (any order) as of {@code today}. */
	public static PainTrend of(List<CompletionView> completions, LocalDate today) {
		List<Week> weeks = new ArrayList<>();
		for (int w = WEEKS - 1; w >= 0; w--) {
			LocalDate end = today.minusDays(7L * w);
			LocalDate start = end.minusDays(6);
			List<CompletionView> in = completions.stream()
				.filter((completion) -> !completion.date().isBefore(start) && !completion.date().isAfter(end))
				.toList();
			weeks.add(new Week(start, end, average(in.stream().map(CompletionView::painBefore).toList()),
					average(in.stream().map(CompletionView::painAfter).toList()),
					Math.round(in.stream().mapToInt(CompletionView::durationSeconds).sum() / 60f), in.size()));
		}
		int first = -1;
		int last = -1;
		for (int i = 0; i < weeks.size(); i++) {
			if (weeks.get(i).after() != null) {
				first = (first < 0) ? i : first;
				last = i;
			}
		}
		if (first < 0 || first == last) {
			return new PainTrend(List.copyOf(weeks), Direction.NOT_ENOUGH, null, null, 0);
		}
		int from = (int) Math.round(weeks.get(first).after());
		int to = (int) Math.round(weeks.get(last).after());
		Direction direction = (to < from) ? Direction.FALLING : (to > from) ? Direction.RISING : Direction.STEADY;
		return new PainTrend(List.copyOf(weeks), direction, from, to, last - first);
	}

	private static Double average(List<Integer> ratings) {
		OptionalDouble average = ratings.stream().filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).average();
		return average.isPresent() ? Math.round(average.getAsDouble() * 10) / 10.0 : null;
	}

}
