package app.limber.reminder;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A routine's daily reminder. Its calendar link carries a secret of which only the SHA-256 hash is kept here, so the
 * link can be shown once and replaced ("New link"), never read back from the database.
 */
@Entity
@Table(name = "reminder")
class Reminder {

	@Id
	private UUID id;

	private String secretHash;

	private UUID routineId;

	private UUID ownerId;

	private String days;

	@Column(name = "remind_at")
	private LocalTime time;

	private String timeZone;

	private String language;

	private Instant createdAt;

	private Instant updatedAt;

	protected Reminder() {
	}

	Reminder(UUID routineId, UUID ownerId, String secretHash, ReminderSchedule schedule, Locale locale, Instant now) {
		this.id = UUID.randomUUID();
		this.routineId = routineId;
		this.ownerId = ownerId;
		this.secretHash = secretHash;
		this.language = locale.toLanguageTag();
		this.createdAt = now;
		reschedule(schedule, now);
	}

	void reschedule(ReminderSchedule schedule, Instant now) {
		this.days = schedule.daysColumn();
		this.time = schedule.time();
		this.timeZone = schedule.zone().getId();
		this.updatedAt = now;
	}

	void replaceSecret(String secretHash, Instant now) {
		this.secretHash = secretHash;
		this.updatedAt = now;
	}

	ReminderSchedule schedule() {
		return new ReminderSchedule(ReminderSchedule.parseDays(this.days), this.time, ZoneId.of(this.timeZone));
	}

	UUID getId() {
		return this.id;
	}

	UUID getRoutineId() {
		return this.routineId;
	}

	UUID getOwnerId() {
		return this.ownerId;
	}

	Locale locale() {
		return Locale.forLanguageTag(this.language);
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
