package app.limber.session;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A logged session. It belongs to whoever logged it, and keeps the routine's name and its steps as they were
 * played, so the history reads the same after the routine is edited or deleted.
 */
@Entity
@Table(name = "completion")
class Completion {

	@Id
	private UUID id;

	private UUID ownerId;

	private UUID routineId;

	private String routineName;

	private LocalDate completedOn;

	private Instant completedAt;

	private int durationSeconds;

	private int plannedSeconds;

	private Integer painBefore;

	private Integer painAfter;

	/** The client's key for this log, so a repeat (e.g. sent again after being offline) finds it; may be null. */
	private String idempotencyKey;

	@ElementCollection
	@CollectionTable(name = "completion_step", joinColumns = @JoinColumn(name = "completion_id"))
	@OrderColumn(name = "step_index")
	private List<CompletionStep> steps = new ArrayList<>();

	protected Completion() {
	}

	Completion(UUID ownerId, UUID routineId, String routineName, LocalDate completedOn, Instant completedAt,
			int durationSeconds, int plannedSeconds, Integer painBefore, Integer painAfter, List<CompletionStep> steps) {
		this.id = UUID.randomUUID();
		this.ownerId = ownerId;
		this.routineId = routineId;
		this.routineName = routineName;
		this.completedOn = completedOn;
		this.completedAt = completedAt;
		this.durationSeconds = durationSeconds;
		this.plannedSeconds = plannedSeconds;
		this.painBefore = painBefore;
		this.painAfter = painAfter;
		this.steps.addAll(steps);
	}

	Completion withIdempotencyKey(String key) {
		this.idempotencyKey = key;
		return this;
	}

	UUID getId() {
		return this.id;
	}

	UUID getOwnerId() {
		return this.ownerId;
	}

	UUID getRoutineId() {
		return this.routineId;
	}

	String getRoutineName() {
		return this.routineName;
	}

	LocalDate getCompletedOn() {
		return this.completedOn;
	}

	Instant getCompletedAt() {
		return this.completedAt;
	}

	int getDurationSeconds() {
		return this.durationSeconds;
	}

	int getPlannedSeconds() {
		return this.plannedSeconds;
	}

	Integer getPainBefore() {
		return this.painBefore;
	}

	Integer getPainAfter() {
		return this.painAfter;
	}

	List<CompletionStep> getSteps() {
		return this.steps;
	}

}
