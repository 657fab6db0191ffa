package app.limber.reminder;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineView;
import app.limber.routine.Routines;
import app.limber.system.Durations;
import app.limber.system.Secrets;

/**
 * A routine owner's daily reminder and its calendar feed. Only the owner may set, change, renew or stop it; the feed
 * is read by whoever holds its secret link (a calendar app), always for the routine as it is now. Everything is in
 * the database: any instance serves any feed.
 */
@Service("reminders")
public class Reminders {

	private final ReminderRepository reminders;

	private final Routines routines;

	private final MessageSource messages;

	private final Durations durations;

	private final Clock clock;

	Reminders(ReminderRepository reminders, Routines routines, MessageSource messages, Durations durations,
			Clock clock) {
		this.reminders = reminders;
		this.routines = routines;
		this.messages = messages;
		this.durations = durations;
		this.clock = clock;
	}

	/** The routine's reminder, for its owner's page; {@code null} when it has none. */
	@Transactional(readOnly = true)
	public ReminderView of(UUID routineId) {
		return this.reminders.findByRoutineId(routineId).map(ReminderView::of).orElse(null);
	}

	/**
	 * Sets the routine's reminder. A new one gets a secret link, returned here and never again (only its hash is
	 * kept); changing an existing one keeps its link, so subscribed calendars simply follow.
	 */
	@Transactional
	Optional<String> remind(UUID routineId, UUID owner, ReminderSchedule schedule, Locale locale) {
		ownedRoutine(routineId, owner);
		Instant now = this.clock.instant();
		Optional<Reminder> existing = this.reminders.findByRoutineId(routineId);
		if (existing.isPresent()) {
			existing.get().reschedule(schedule, now);
			return Optional.empty();
		}
		String secret = Secrets.newSecret();
		this.reminders.save(new Reminder(routineId, owner, Secrets.hash(secret), schedule, locale, now));
		return Optional.of(secret);
	}

	/** "New link": the old link stops working at once. */
	@Transactional
	String newLink(UUID routineId, UUID owner) {
		Reminder reminder = owned(routineId, owner);
		String secret = Secrets.newSecret();
		reminder.replaceSecret(Secrets.hash(secret), this.clock.instant());
		return secret;
	}

	@Transactional
	void stop(UUID routineId, UUID owner) {
		this.reminders.findByRoutineId(routineId)
			.filter((reminder) -> reminder.getOwnerId().equals(owner))
			.ifPresent(this.reminders::delete);
	}

	/**
	 * The feed behind a secret link, for the routine's current version; empty when the link was renewed or stopped,
	 * or the routine or its owner is gone.
	 */
	@Transactional(readOnly = true)
	Optional<String> feed(String secret, String baseUrl) {
		if (secret.isBlank() || secret.length() > 100) {
			return Optional.empty();
		}
		return this.reminders.findBySecretHash(Secrets.hash(secret)).flatMap((reminder) -> {
			RoutineView routine;
			try {
				routine = this.routines.get(reminder.getRoutineId(), Optional.of(reminder.getOwnerId()));
			}
			catch (RoutineNotFoundException ex) {
				return Optional.empty();
			}
			if (!routine.owned()) {
				return Optional.empty();
			}
			return Optional.of(ReminderCalendar.text(ReminderCalendar.of(feed(reminder, routine, baseUrl))));
		});
	}

	private ReminderCalendar.Feed feed(Reminder reminder, RoutineView routine, String baseUrl) {
		Locale locale = reminder.locale();
		ReminderSchedule schedule = reminder.schedule();
		URI session = URI.create(baseUrl + "/routines/" + routine.id() + "/session");
		// Whole minutes read best in a calendar: a 601-second routine is a 10-minute event.
		int minutes = Math.max(1, Math.round(routine.totalSeconds() / 60f));
		String length = this.durations.words(minutes * 60);
		String summary = text("reminder.event.summary", locale, routine.name(), length);
		String description = text("reminder.event.description", locale, routine.name(), length, session.toString());
		Instant changed = reminder.getUpdatedAt();
		LocalDate from = LocalDate.ofInstant(reminder.getUpdatedAt(), schedule.zone());
		return new ReminderCalendar.Feed(reminder.getId() + "@limber", schedule, from,
				Duration.ofMinutes(minutes), text("reminder.calendar.name", locale,
						routine.name()), summary, description, text("reminder.event.alarm", locale, routine.name()),
				session, changed, this.clock.instant());
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private void ownedRoutine(UUID routineId, UUID owner) {
		if (!this.routines.get(routineId, Optional.of(owner)).owned()) {
			throw new RoutineNotFoundException(routineId);
		}
	}

	private Reminder owned(UUID routineId, UUID owner) {
		ownedRoutine(routineId, owner);
		return this.reminders.findByRoutineId(routineId)
			.filter((reminder) -> reminder.getOwnerId().equals(owner))
			.orElseThrow(() -> new RoutineNotFoundException(routineId));
	}

	/** A reminder as its owner's page shows it: never its link, which only the moment of making it shows. */
	public record ReminderView(java.util.Set<java.time.DayOfWeek> days, LocalTime time, ZoneId zone,
			boolean everyDay) {

		/** The zone's city, for {@code reminder.zone.option}: "Madrid". */
		public String zoneCity() {
			return ZoneNames.city(this.zone);
		}

		/** The zone's name in a language: "hora de Europa central". */
		public String zoneName(java.util.Locale language) {
			return ZoneNames.name(this.zone, language);
		}

		/** Message keys of the days, Monday first. */
		public java.util.List<String> dayKeys() {
			return this.days.stream().sorted().map((day) -> "reminder.day." + day).toList();
		}

		static ReminderView of(Reminder reminder) {
			ReminderSchedule schedule = reminder.schedule();
			return new ReminderView(java.util.EnumSet.copyOf(schedule.days()), schedule.time(), schedule.zone(),
					schedule.everyDay());
		}

	}

}
