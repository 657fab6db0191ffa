package app.limber.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/** One exercise of the catalogue. The catalogue is data loaded by Flyway migrations and never edited by the app. */
@Entity
@Table(name = "exercise")
public class Exercise {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	/** Exercises of one family (a floor exercise and its chair or standing version) work the same thing. */
	private String family;

	@Enumerated(EnumType.STRING)
	private ExerciseKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "start_position")
	private StartPosition position;

	private String equipment;

	@Enumerated(EnumType.STRING)
	private Intensity intensity;

	private boolean kneeling;

	private boolean perSide;

	private String benefit;

	private String easierVariation;

	private String harderVariation;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "holdSeconds", column = @Column(name = "beginner_hold_seconds")),
			@AttributeOverride(name = "tempoSeconds", column = @Column(name = "beginner_tempo_seconds")),
			@AttributeOverride(name = "reps", column = @Column(name = "beginner_reps")),
			@AttributeOverride(name = "sets", column = @Column(name = "beginner_sets")),
			@AttributeOverride(name = "restSeconds", column = @Column(name = "beginner_rest_seconds")) })
	private Dosage beginnerDosage;

	@Embedded
	@AttributeOverrides({ @AttributeOverride(name = "holdSeconds", column = @Column(name = "regular_hold_seconds")),
			@AttributeOverride(name = "tempoSeconds", column = @Column(name = "regular_tempo_seconds")),
			@AttributeOverride(name = "reps", column = @Column(name = "regular_reps")),
			@AttributeOverride(name = "sets", column = @Column(name = "regular_sets")),
			@AttributeOverride(name = "restSeconds", column = @Column(name = "regular_rest_seconds")) })
	private Dosage regularDosage;

	@ElementCollection
	@CollectionTable(name = "exercise_area", joinColumns = @JoinColumn(name = "exercise_id"))
	@Column(name = "area")
	@Enumerated(EnumType.STRING)
	private Set<BodyArea> areas = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "exercise_spine_load", joinColumns = @JoinColumn(name = "exercise_id"))
	@Column(name = "movement")
	@Enumerated(EnumType.STRING)
	private Set<SpineMovement> spineLoads = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "exercise_contraindication", joinColumns = @JoinColumn(name = "exercise_id"))
	@Column(name = "health_condition")
	@Enumerated(EnumType.STRING)
	private Set<HealthCondition> contraindications = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "exercise_step", joinColumns = @JoinColumn(name = "exercise_id"))
	@OrderColumn(name = "line_index")
	@Column(name = "line_text")
	private List<String> steps = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "exercise_cue", joinColumns = @JoinColumn(name = "exercise_id"))
	@OrderColumn(name = "line_index")
	@Column(name = "line_text")
	private List<String> cues = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "exercise_mistake", joinColumns = @JoinColumn(name = "exercise_id"))
	@OrderColumn(name = "line_index")
	@Column(name = "line_text")
	private List<String> mistakes = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "exercise_caution", joinColumns = @JoinColumn(name = "exercise_id"))
	@OrderColumn(name = "line_index")
	@Column(name = "line_text")
	private List<String> cautions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "exercise_session_part", joinColumns = @JoinColumn(name = "exercise_id"))
	@Column(name = "part")
	@Enumerated(EnumType.STRING)
	private Set<SessionPart> parts = new HashSet<>();

	protected Exercise() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	/** An immutable copy for use outside the persistence context (open-in-view is off). */
	ExerciseDetails toDetails() {
		return new ExerciseDetails(this.slug, this.name, this.family, this.kind, sorted(this.areas, BodyArea.class), this.position,
				this.equipment, this.intensity, this.kneeling, sorted(this.spineLoads, SpineMovement.class),
				sorted(this.contraindications, HealthCondition.class), this.perSide, this.beginnerDosage,
				this.regularDosage, List.copyOf(this.steps), List.copyOf(this.cues), List.copyOf(this.mistakes),
				List.copyOf(this.cautions), this.easierVariation, this.harderVariation, this.benefit,
				sorted(this.parts, SessionPart.class));
	}

	private static <E extends Enum<E>> List<E> sorted(Set<E> values, Class<E> type) {
		EnumSet<E> inOrder = EnumSet.noneOf(type);
		inOrder.addAll(values);
		return List.copyOf(inOrder);
	}

}
