package app.limber.routine;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.limber.catalogue.HealthCondition;

/** The builder form: the safety check and the routine's inputs. */
public class RoutineForm {

	@NotNull
	@Min(RoutineRequest.MIN_MINUTES)
	@Max(RoutineRequest.MAX_MINUTES)
	private Integer minutes = 15;

	@NotNull
	private Focus focus;

	@NotNull
	private Level level = Level.BEGINNER;

	@NotNull
	private Setting setting = Setting.FLOOR;

	private Set<Avoid> avoid = new HashSet<>();

	private Set<RedFlag> redFlags = new HashSet<>();

	private Set<HealthCondition> conditions = new HashSet<>();

	/** The person read the safety questions; ticking none of them is an answer too. */
	@AssertTrue
	private boolean safetyReviewed;

	@Size(max = Routine.NAME_MAX_LENGTH)
	private String name;

	public Integer getMinutes() {
		return this.minutes;
	}

	public void setMinutes(Integer minutes) {
		this.minutes = minutes;
	}

	public Focus getFocus() {
		return this.focus;
	}

	public void setFocus(Focus focus) {
		this.focus = focus;
	}

	public Level getLevel() {
		return this.level;
	}

	public void setLevel(Level level) {
		this.level = level;
	}

	public Setting getSetting() {
		return this.setting;
	}

	public void setSetting(Setting setting) {
		this.setting = setting;
	}

	public Set<Avoid> getAvoid() {
		return this.avoid;
	}

	public void setAvoid(Set<Avoid> avoid) {
		this.avoid = (avoid != null) ? avoid : new HashSet<>();
	}

	public Set<RedFlag> getRedFlags() {
		return this.redFlags;
	}

	public void setRedFlags(Set<RedFlag> redFlags) {
		this.redFlags = (redFlags != null) ? redFlags : new HashSet<>();
	}

	public Set<HealthCondition> getConditions() {
		return this.conditions;
	}

	public void setConditions(Set<HealthCondition> conditions) {
		this.conditions = (conditions != null) ? conditions : new HashSet<>();
	}

	public boolean isSafetyReviewed() {
		return this.safetyReviewed;
	}

	public void setSafetyReviewed(boolean safetyReviewed) {
		this.safetyReviewed = safetyReviewed;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	/** The most urgent red flag ticked, if any: then there is no routine, only advice. */
	public Optional<RedFlag.Urgency> urgency() {
		return SafetyCheck.urgency(this.redFlags);
	}

	RoutineRequest toRequest() {
		return new RoutineRequest(this.minutes, this.focus, this.level, this.setting,
				this.avoid.isEmpty() ? Set.of() : EnumSet.copyOf(this.avoid),
				this.conditions.isEmpty() ? Set.of() : EnumSet.copyOf(this.conditions));
	}

}
