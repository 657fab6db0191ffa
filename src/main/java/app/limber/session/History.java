package app.limber.session;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.limber.catalogue.ExerciseDetails;

/** One person's history: a calendar of recent weeks, the streak, the totals, and exercises that keep hurting. */
public record History(LocalDate today, List<Week> weeks, int streakDays, int totalMinutes, int totalSessions,
		List<CompletionView> recent, List<Flag> flags) {

	/** Weeks shown in the calendar, the current week last. */
	static final int WEEKS = 6;

	public boolean isEmpty() {
		return this.totalSessions == 0;
	}

	/** Seven days from the locale's first day of the week (see {@code Weeks}). */
	public record Week(List<Day> days) {

		/** The first of a month when this week has one, to name the month the calendar moves into; else null. */
		public LocalDate monthStart() {
			return this.days.stream().map(Day::date).filter((date) -> date.getDayOfMonth() == 1).findFirst().orElse(null);
		}

	}

	public record Day(LocalDate date, int sessions, int minutes, boolean today, boolean future) {

		public boolean active() {
			return this.sessions > 0;
		}

	}

	/**
	 * An exercise that keeps hurting, with what to do about it: its easier version when it has one, otherwise
	 * take it out. {@code routineId} is the routine it hurt in most recently, to change it there.
	 */
	public record Flag(ExerciseDetails exercise, int hurtIn, int sessions, UUID routineId) {

		public boolean hasEasierVersion() {
			return this.exercise.easierVariation() != null && !this.exercise.easierVariation().isBlank();
		}

	}

	/** Weeks from Monday to Sunday ending with the week of {@code today}; minutes per day from {@code minutesByDay}. */
	static List<Week> calendar(LocalDate today, Map<LocalDate, int[]> sessionsAndSecondsByDay) {
		return calendar(today, DayOfWeek.MONDAY, sessionsAndSecondsByDay);
	}

	/**
	 * Weeks starting on {@code firstDay} ending with the week of {@code today}; sessions and seconds per day from
	 * {@code sessionsAndSecondsByDay}.
	 */
	static List<Week> calendar(LocalDate today, DayOfWeek firstDay, Map<LocalDate, int[]> sessionsAndSecondsByDay) {
		LocalDate first = today.with(TemporalAdjusters.previousOrSame(firstDay)).minusWeeks(WEEKS - 1);
		List<Week> weeks = new ArrayList<>();
		for (int w = 0; w < WEEKS; w++) {
			List<Day> days = new ArrayList<>();
			for (int d = 0; d < 7; d++) {
				LocalDate date = first.plusDays(7L * w + d);
				int[] totals = sessionsAndSecondsByDay.getOrDefault(date, new int[2]);
				days.add(new Day(date, totals[0], Math.round(totals[1] / 60f), date.equals(today), date.isAfter(today)));
			}
			weeks.add(new Week(List.copyOf(days)));
		}
		return List.copyOf(weeks);
	}

}
