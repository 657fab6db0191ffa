package app.limber.routine;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import app.limber.system.MaxCodePoints;

/** The builder form: the safety check and the routine's inputs. */
public class RoutineForm extends SafetyForm {

	@NotNull
	@Min(RoutineRequest.MIN_MINUTES)
	@Max(RoutineRequest.MAX_MINUTES)
	private Integer minutes = 15;

	@NotNull
	private Focus focus = Focus.BALANCED;

	@NotNull
	private Level level = Level.BEGINNER;

	@NotNull
	private Setting setting = Setting.FLOOR;

	@MaxCodePoints(Routine.NAME_MAX_LENGTH)
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

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	RoutineRequest toRequest() {
		return new RoutineRequest(this.minutes, this.focus, this.level, this.setting, avoidSet(), conditionSet());
	}

}
