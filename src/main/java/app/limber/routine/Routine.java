package app.limber.routine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.limber.catalogue.HealthCondition;

/**
 * A saved routine. Its id is a random UUID: the link is the key that lets a physiotherapist hand it over, so it must
 * not be guessable. Only its owner may change it.
 */
@Entity
@Table(name = "routine")
public class Routine {

	public static final int NAME_MAX_LENGTH = 80;

	@Id
	private UUID id;

	private UUID ownerId;

	private String name;

	private int minutes;

	@Enumerated(EnumType.STRING)
	private Focus focus;

	@Enumerated(EnumType.STRING)
	private Level level;

	@Enumerated(EnumType.STRING)
	private Setting setting;

	@ElementCollection
	@CollectionTable(name = "routine_avoid", joinColumns = @JoinColumn(name = "routine_id"))
	@Column(name = "avoid")
	@Enumerated(EnumType.STRING)
	private Set<Avoid> avoid = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "routine_condition", joinColumns = @JoinColumn(name = "routine_id"))
	@Column(name = "health_condition")
	@Enumerated(EnumType.STRING)
	private Set<HealthCondition> conditions = new HashSet<>();

	/** Exercises the person took out (removed or swapped away); a shuffle won't bring them back. */
	@ElementCollection
	@CollectionTable(name = "routine_excluded", joinColumns = @JoinColumn(name = "routine_id"))
	@Column(name = "exercise_slug")
	private Set<String> excluded = new HashSet<>();

	private long shuffleSeed;

	private Instant safetyCheckedAt;

	private Instant createdAt;

	private Instant updatedAt;

	/** When the owner marked this as the routine they do every day; null when they haven't. */
	private Instant chosenAt;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "routine_step", joinColumns = @JoinColumn(name = "routine_id"))
	@OrderColumn(name = "step_index")
	private List<RoutineStep> steps = new ArrayList<>();

	protected Routine() {
	}

	Routine(UUID ownerId, String name, RoutineRequest request, long shuffleSeed, Plan plan, Instant now) {
		this.id = UUID.randomUUID();
		this.ownerId = ownerId;
		this.name = name;
		this.minutes = request.minutes();
		this.focus = request.focus();
		this.level = request.level();
		this.setting = request.setting();
		this.avoid.addAll(request.avoid());
		this.conditions.addAll(request.conditions());
		this.safetyCheckedAt = now;
		this.createdAt = now;
		replacePlan(plan, shuffleSeed, now);
	}

	void replacePlan(Plan plan, long seed, Instant now) {
		this.shuffleSeed = seed;
		this.steps.clear();
		plan.steps().forEach((step) -> this.steps.add(RoutineStep.of(step).startingAt(now)));
		this.updatedAt = now;
	}

	public RoutineRequest request() {
		return new RoutineRequest(this.minutes, this.focus, this.level, this.setting,
				this.avoid.isEmpty() ? Set.of() : EnumSet.copyOf(this.avoid),
				this.conditions.isEmpty() ? Set.of() : EnumSet.copyOf(this.conditions));
	}

	/** Goes up with every saved change. */
	public int getVersion() {
		return this.version;
	}

	public boolean isOwnedBy(UUID owner) {
		return this.ownerId.equals(owner);
	}

	public UUID getId() {
		return this.id;
	}

	public UUID getOwnerId() {
		return this.ownerId;
	}

	public String getName() {
		return this.name;
	}

	void rename(String newName, Instant now) {
		this.name = newName;
		this.updatedAt = now;
	}

	public long getShuffleSeed() {
		return this.shuffleSeed;
	}

	public Instant getSafetyCheckedAt() {
		return this.safetyCheckedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	List<RoutineStep> steps() {
		return this.steps;
	}

	Set<String> excluded() {
		return this.excluded;
	}

	/** A level-up can make a beginner's routine a regular one; a step-back the other way. */
	void changeLevel(Level newLevel, Instant now) {
		this.level = newLevel;
		this.updatedAt = now;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	public Instant getChosenAt() {
		return this.chosenAt;
	}

	/** Marks this as the owner's daily routine, or unmarks it with {@code null}. */
	void choose(Instant now) {
		this.chosenAt = now;
	}

}
