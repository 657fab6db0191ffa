package app.limber.reminder;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * A reminder as an iCalendar feed (RFC 5545), written by ical4j: one repeating event on the chosen days at the chosen
 * time in the person's time zone (with its VTIMEZONE), as long as the routine, with an alarm when it starts and the
 * session's link in its URL and description. Plain Java: the service hands it the words and links.
 */
final class ReminderCalendar {

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private ReminderCalendar() {
	}

	/** What one feed says. {@code changed} is when the reminder or its routine last changed. */
	record Feed(String uid, ReminderSchedule schedule, LocalDate from, Duration length, String calendarName,
			String summary, String description, String alarm, URI session, Instant changed, Instant now) {
	}

	static Calendar of(Feed feed) {
		ReminderSchedule schedule = feed.schedule();
		ZonedDateTime start = ZonedDateTime.of(firstDay(feed.from(), schedule), schedule.time(), schedule.zone());
		VEvent event = new VEvent(start, feed.length(), feed.summary());
		event.add(new Uid(feed.uid()));
		event.replace(new DtStamp(feed.now()));
		event.add(new LastModified(feed.changed()));
		event.add(new RRule<ZonedDateTime>(recurrence(schedule)));
		event.add(new Url(feed.session()));
		event.add(new Description(feed.description()));
		VAlarm alarm = new VAlarm(Duration.ZERO);
		alarm.add(ImmutableAction.DISPLAY);
		alarm.add(new Description(feed.alarm()));
		event.add(alarm);

		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Limber//Daily reminder//EN"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", feed.calendarName()));
		calendar.add(new XProperty("X-WR-TIMEZONE", schedule.zone().getId()));
		// Ask subscribed calendars to look again every 12 hours, so renames and new times show up the same day.
		calendar.add(new XProperty("X-PUBLISHED-TTL", "PT12H"));
		VTimeZone zone = ZONES.getTimeZone(schedule.zone().getId()).getVTimeZone();
		calendar.add(zone);
		calendar.add(event);
		return calendar;
	}

	static String text(Calendar calendar) {
		StringWriter out = new StringWriter();
		try {
			new CalendarOutputter().output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ValidationException ex) {
			throw new IllegalStateException("Limber wrote an invalid calendar", ex);
		}
		return out.toString();
	}

	/** Every day, or weekly on the chosen days. */
	static Recur<ZonedDateTime> recurrence(ReminderSchedule schedule) {
		if (schedule.everyDay()) {
			return new Recur.Builder<ZonedDateTime>().frequency(Frequency.DAILY).build();
		}
		List<WeekDay> days = EnumSet.copyOf(schedule.days()).stream().map(WeekDay::getWeekDay).toList();
		return new Recur.Builder<ZonedDateTime>().frequency(Frequency.WEEKLY).dayList(days).build();
	}

	/** The first chosen day on or after {@code from}: an event starts on one of its own days. */
	static LocalDate firstDay(LocalDate from, ReminderSchedule schedule) {
		for (int i = 0; i < 7; i++) {
			LocalDate day = from.plusDays(i);
			if (schedule.days().contains(day.getDayOfWeek())) {
				return day;
			}
		}
		return from.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
	}

}
