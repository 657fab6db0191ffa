package app.limber.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** When the reminder rings: on these days of the week, at this time, in this time zone. */
record ReminderSchedule(Set<DayOfWeek> days, LocalTime time, ZoneId zone) {

	static final LocalTime DEFAULT_TIME = LocalTime.of(8, 0);

	ReminderSchedule {
		if (days.isEmpty()) {
			throw new IllegalArgumentException("A reminder rings on at least one day");
		}
		days = Set.copyOf(EnumSet.copyOf(days));
	}

	boolean everyDay() {
		return this.days.size() == 7;
	}

	/** The days, Monday first, as stored: {@code 1,2,3,4,5,6,7}. */
	String daysColumn() {
		return EnumSet.copyOf(this.days).stream().map((day) -> String.valueOf(day.getValue())).collect(Collectors.joining(","));
	}

	static Set<DayOfWeek> parseDays(String column) {
		return Arrays.stream(column.split(","))
			.map(String::strip)
			.map(Integer::parseInt)
			.map(DayOfWeek::of)
			.collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
	}

}
