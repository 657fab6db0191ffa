package app.limber.system;

import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The day a week starts on, from the person's locale, for every calendar Limber draws (the sheet's tick grid and the
 * history): Sunday in the US, Monday in most of Europe, Saturday in some places. A locale without a country (a
 * browser that only says "en") takes Monday, the international default, as {@code Paper} takes A4.
 */
public final class Weeks {

	private Weeks() {
	}

	public static DayOfWeek firstDay(Locale locale) {
		return locale.getCountry().isEmpty() ? DayOfWeek.MONDAY : WeekFields.of(locale).getFirstDayOfWeek();
	}

	/** The seven days of a week in the locale's order. */
	public static List<DayOfWeek> days(Locale locale) {
		DayOfWeek first = firstDay(locale);
		return IntStream.range(0, 7).mapToObj(first::plus).toList();
	}

}
