package app.limber.reminder;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.limber.owner.OwnedData;

/** An owner's reminders, for sign-in, export (without their links, which Limber cannot read) and deletion. */
@Component
class ReminderOwnedData implements OwnedData {

	private final ReminderRepository reminders;

	ReminderOwnedData(ReminderRepository reminders) {
		this.reminders = reminders;
	}

	@Override
	public String exportName() {
		return "reminders";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(UUID owner) {
		return this.reminders.findByOwnerIdOrderByCreatedAt(owner).stream().map(ExportedReminder::of).toList();
	}

	@Override
	@Transactional
	public void moveAll(UUID from, UUID to) {
		this.reminders.moveAll(from, to);
	}

	@Override
	@Transactional
	public void deleteAll(UUID owner) {
		this.reminders.deleteAllByOwner(owner);
	}

	record ExportedReminder(UUID routineId, Set<DayOfWeek> days, LocalTime time, String timeZone, Instant createdAt,
			Instant updatedAt) {

		static ExportedReminder of(Reminder reminder) {
			ReminderSchedule schedule = reminder.schedule();
			return new ExportedReminder(reminder.getRoutineId(), schedule.days(), schedule.time(),
					schedule.zone().getId(), reminder.getCreatedAt(), reminder.getUpdatedAt());
		}

	}

}
