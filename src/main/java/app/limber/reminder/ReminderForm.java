package app.limber.reminder;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * "Remind me every day at [time]": the days (every day unless unticked), the time (08:00 unless changed) and the
 * time zone. {@code detectedZone} is filled in by the browser (static/js/time-zone.js); {@code zone}, chosen from a
 * list, wins over it; without either the server's default applies.
 */
class ReminderForm {

	@NotNull
	@DateTimeFormat(pattern = "HH:mm")
	private LocalTime time = ReminderSchedule.DEFAULT_TIME;

	@NotEmpty
	private List<@NotNull DayOfWeek> days = new ArrayList<>(List.of(DayOfWeek.values()));

	@Size(max = 64)
	private String detectedZone;

	@Size(max = 64)
	private String zone;

	static ReminderForm of(Reminders.ReminderView reminder) {
		ReminderForm form = new ReminderForm();
		form.time = reminder.time();
		form.days = new ArrayList<>(EnumSet.copyOf(reminder.days()));
		form.zone = reminder.zone().getId();
		return form;
	}

	ReminderSchedule schedule(ZoneId fallback) {
		return new ReminderSchedule(Set.copyOf(this.days), this.time, chosenZone().orElse(fallback));
	}

	/** The zone picked from the list, else the browser's, if it is a zone Java knows. */
	Optional<ZoneId> chosenZone() {
		return zoneOf(this.zone).or(() -> zoneOf(this.detectedZone));
	}

	boolean knownZones() {
		return (this.zone == null || this.zone.isBlank() || zoneOf(this.zone).isPresent());
	}

	private static Optional<ZoneId> zoneOf(String id) {
		if (id == null || id.isBlank() || !ZoneId.getAvailableZoneIds().contains(id.strip())) {
			return Optional.empty();
		}
		return Optional.of(ZoneId.of(id.strip()));
	}

	public LocalTime getTime() {
		return this.time;
	}

	public void setTime(LocalTime time) {
		this.time = time;
	}

	public List<DayOfWeek> getDays() {
		return this.days;
	}

	public void setDays(List<DayOfWeek> days) {
		this.days = days;
	}

	public String getDetectedZone() {
		return this.detectedZone;
	}

	public void setDetectedZone(String detectedZone) {
		this.detectedZone = detectedZone;
	}

	public String getZone() {
		return this.zone;
	}

	public void setZone(String zone) {
		this.zone = zone;
	}

}
