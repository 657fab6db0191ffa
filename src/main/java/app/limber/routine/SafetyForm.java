package app.limber.routine;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.constraints.AssertTrue;

import app.limber.catalogue.HealthCondition;

/**
 * The safety check: red flags that stop the builder, conditions and painful movements that shape the routine.
 * Asked on its own before "Make it mine" copies someone's routine, and as part of the builder form.
 */
public class SafetyForm {

	private Set<Avoid> avoid = new HashSet<>();

	private Set<RedFlag> redFlags = new HashSet<>();

	private Set<HealthCondition> conditions = new HashSet<>();

	/** The person read the safety questions; ticking none of them is an answer too. */
	@AssertTrue
	private boolean safetyReviewed;

	public Set<Avoid> getAvoid() {
		return this.avoid;
	}

	public void setAvoid(Set<Avoid> avoid) {
		this.avoid = withoutBlanks(avoid);
	}

	public Set<RedFlag> getRedFlags() {
		return this.redFlags;
	}

	public void setRedFlags(Set<RedFlag> redFlags) {
		this.redFlags = withoutBlanks(redFlags);
	}

	public Set<HealthCondition> getConditions() {
		return this.conditions;
	}

	public void setConditions(Set<HealthCondition> conditions) {
		this.conditions = withoutBlanks(conditions);
	}

	public boolean isSafetyReviewed() {
		return this.safetyReviewed;
	}

	public void setSafetyReviewed(boolean safetyReviewed) {
		this.safetyReviewed = safetyReviewed;
	}

	/** The most urgent red flag ticked, if any: then there is no routine, only advice. */
	public Optional<RedFlag.Urgency> urgency() {
		return SafetyCheck.urgency(this.redFlags, this.conditions);
	}

	/** The answers that stopped the builder, red flags first, for the advice to list. */
	public java.util.List<app.limber.system.UrlValue> stoppingAnswers() {
		java.util.List<app.limber.system.UrlValue> answers = new java.util.ArrayList<>(this.redFlags.stream().sorted().toList());
		this.conditions.stream().filter(HealthCondition::stopsBuilder).sorted().forEach(answers::add);
		return answers;
	}

	/** Whether the person ticked recent surgery: the advice then says who clears them for exercise. */
	public boolean recentSurgery() {
		return this.conditions.contains(HealthCondition.RECENT_SURGERY);
	}

	/** Whether recent surgery alone stopped the builder ({@link SafetyCheck#onlySurgery}). */
	public boolean onlySurgery() {
		return SafetyCheck.onlySurgery(this.redFlags, this.conditions);
	}

	/** A blank checkbox value binds as null; it means nothing was ticked. */
	private static <E> Set<E> withoutBlanks(Set<E> values) {
		Set<E> kept = new HashSet<>();
		if (values != null) {
			values.stream().filter(Objects::nonNull).forEach(kept::add);
		}
		return kept;
	}

	Set<Avoid> avoidSet() {
		return this.avoid.isEmpty() ? Set.of() : EnumSet.copyOf(this.avoid);
	}

	Set<HealthCondition> conditionSet() {
		return this.conditions.isEmpty() ? Set.of() : EnumSet.copyOf(this.conditions);
	}

}
