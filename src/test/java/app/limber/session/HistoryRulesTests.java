package app.limber.session;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The streak, the "keeps hurting" flag and the calendar, as plain rules. */
class HistoryRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, Month.NOVEMBER, 25); // a Wednesday

	@Test
	void aStreakCountsConsecutiveDaysUpToToday() {
		assertThat(Streaks.current(List.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(4)), TODAY))
			.isEqualTo(3);
	}

	@Test
	void aStreakIsStillAliveBeforeTodaysSession() {
		assertThat(Streaks.current(List.of(TODAY.minusDays(1), TODAY.minusDays(2)), TODAY)).isEqualTo(2);
	}

	@Test
	void aMissedDayEndsTheStreak() {
		assertThat(Streaks.current(List.of(TODAY.minusDays(2), TODAY.minusDays(3)), TODAY)).isZero();
		assertThat(Streaks.current(List.of(), TODAY)).isZero();
	}

	@Test
	void twoSessionsOnOneDayCountAsOneDay() {
		assertThat(Streaks.current(List.of(TODAY, TODAY, TODAY.minusDays(1)), TODAY)).isEqualTo(2);
	}

	@Test
	void anExerciseThatHurtInTwoOfItsLastThreeSessionsIsFlagged() {
		List<CompletionView> newestFirst = List.of(session(0, "bridge", true, "cat-cow", false),
				session(1, "bridge", false, "cat-cow", true), session(2, "bridge", true, "cat-cow", false));
		assertThat(HurtFlags.of(newestFirst)).containsExactly(new HurtFlags.Flag("bridge", 2, 3));
	}

	@Test
	void onlyTheLastThreeSessionsThatIncludedItCount() {
		// Hurt twice long ago, fine in the last three: no flag.
		List<CompletionView> newestFirst = List.of(session(0, "bridge", false, "cat-cow", false),
				session(1, "bridge", false, "cat-cow", false), session(2, "bridge", false, "cat-cow", false),
				session(3, "bridge", true, "cat-cow", false), session(4, "bridge", true, "cat-cow", false));
		assertThat(HurtFlags.of(newestFirst)).isEmpty();
	}

	@Test
	void sessionsWithoutTheExerciseDontDiluteIt() {
		List<CompletionView> newestFirst = List.of(session(0, "bridge", true, "cat-cow", false),
				session(1, "plank", false, "cat-cow", false), session(2, "plank", false, "cat-cow", false),
				session(3, "bridge", true, "cat-cow", false));
		assertThat(HurtFlags.of(newestFirst)).containsExactly(new HurtFlags.Flag("bridge", 2, 2));
	}

	@Test
	void oneBadDayIsNotAPattern() {
		assertThat(HurtFlags.of(List.of(session(0, "bridge", true, "cat-cow", false)))).isEmpty();
	}

	@Test
	void theCalendarShowsSixWeeksFromMondayToSundayEndingThisWeek() {
		List<History.Week> weeks = History.calendar(TODAY, Map.of(TODAY, new int[] { 2, 1500 },
				TODAY.minusDays(8), new int[] { 1, 300 }));
		assertThat(weeks).hasSize(6);
		assertThat(weeks).allSatisfy((week) -> assertThat(week.days()).hasSize(7));
		assertThat(weeks.get(0).days().get(0).date()).isEqualTo(LocalDate.of(2026, Month.OCTOBER, 19));
		List<History.Day> thisWeek = weeks.get(5).days();
		assertThat(thisWeek.get(2)).isEqualTo(new History.Day(TODAY, 2, 25, true, false));
		assertThat(thisWeek.get(3).future()).isTrue();
		assertThat(weeks.get(4).days().get(1)).extracting(History.Day::sessions, History.Day::minutes)
			.containsExactly(1, 5);
	}

	@Test
	void theCalendarsWeeksStartOnTheDayGivenAndNameWhereAMonthBegins() {
		List<History.Week> weeks = History.calendar(TODAY, DayOfWeek.SUNDAY, Map.of());
		assertThat(weeks.get(0).days().get(0).date()).isEqualTo(LocalDate.of(2026, Month.OCTOBER, 18));
		assertThat(weeks).allSatisfy((week) -> assertThat(week.days().get(0).date().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY));
		assertThat(weeks.get(5).days()).extracting(History.Day::date).contains(TODAY);
		// 1 November 2026 is a Sunday: the third week begins the month; no other week holds a 1st.
		assertThat(weeks).extracting(History.Week::monthStart)
			.containsExactly(null, null, LocalDate.of(2026, Month.NOVEMBER, 1), null, null, null);
		assertThat(History.calendar(TODAY, DayOfWeek.SATURDAY, Map.of()).get(0).days().get(0).date().getDayOfWeek())
			.isEqualTo(DayOfWeek.SATURDAY);
	}

	private static CompletionView session(int daysAgo, String first, boolean firstHurt, String second,
			boolean secondHurt) {
		return new CompletionView(UUID.randomUUID(), UUID.randomUUID(), "Routine", TODAY.minusDays(daysAgo), null, 600,
				600, null, null,
				List.of(new CompletionView.Step(0, first, StepOutcome.DONE, firstHurt),
						new CompletionView.Step(1, second, StepOutcome.DONE, secondHurt)));
	}

}
