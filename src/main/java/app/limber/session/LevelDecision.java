package app.limber.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import app.limber.routine.Prescription;

/** A level-up or step-back the owner accepted or declined; an accepted one keeps the routine's earlier version. */
@Entity
@Table(name = "routine_level_decision")
class LevelDecision {

	@Id
	private UUID id;

	private UUID routineId;

	private UUID ownerId;

	@Enumerated(EnumType.STRING)
	private Progression.Direction direction;

	private boolean accepted;

	private Instant decidedAt;

	@ElementCollection
	@CollectionTable(name = "routine_version_step", joinColumns = @JoinColumn(name = "decision_id"))
	@OrderColumn(name = "step_index")
	private List<VersionStep> earlierVersion = new ArrayList<>();

	protected LevelDecision() {
	}

	LevelDecision(UUID routineId, UUID ownerId, Progression.Direction direction, boolean accepted, Instant decidedAt,
			List<VersionStep> earlierVersion) {
		this.id = UUID.randomUUID();
		this.routineId = routineId;
		this.ownerId = ownerId;
		this.direction = direction;
		this.accepted = accepted;
		this.decidedAt = decidedAt;
		this.earlierVersion.addAll(earlierVersion);
	}

	Progression.Direction getDirection() {
		return this.direction;
	}

	boolean isAccepted() {
		return this.accepted;
	}

	Instant getDecidedAt() {
		return this.decidedAt;
	}

	List<VersionStep> getEarlierVersion() {
		return this.earlierVersion;
	}

	/** One step of an earlier version. */
	@Embeddable
	static class VersionStep {

		@Column(name = "exercise_slug")
		private String exerciseSlug;

		private int holdSeconds;

		private int tempoSeconds;

		private int reps;

		private int sets;

		private int restSeconds;

		private boolean perSide;

		private boolean pyramid;

		protected VersionStep() {
		}

		VersionStep(String exerciseSlug, Prescription prescription) {
			this.exerciseSlug = exerciseSlug;
			this.holdSeconds = prescription.holdSeconds();
			this.tempoSeconds = prescription.tempoSeconds();
			this.reps = prescription.reps();
			this.sets = prescription.sets();
			this.restSeconds = prescription.restSeconds();
			this.perSide = prescription.perSide();
			this.pyramid = prescription.pyramid();
		}

		String getExerciseSlug() {
			return this.exerciseSlug;
		}

		Prescription prescription() {
			return new Prescription(this.holdSeconds, this.tempoSeconds, this.reps, this.sets, this.restSeconds,
					this.perSide, this.pyramid && this.sets > 1);
		}

	}

}
