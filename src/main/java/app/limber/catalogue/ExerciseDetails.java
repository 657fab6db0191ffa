package app.limber.catalogue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Everything the catalogue knows about one exercise, as pages, the API and the routine planner read it.
 * Lists keep their catalogue order; enum lists are in declaration order.
 */
public record ExerciseDetails(String slug, String name, String family, ExerciseKind kind, List<BodyArea> areas,
		StartPosition position, String equipment, Intensity intensity, boolean kneeling,
		List<SpineMovement> spineLoads, List<HealthCondition> contraindications, boolean perSide,
		Dosage beginnerDosage, Dosage regularDosage, List<String> steps, List<String> cues, List<String> mistakes,
		List<String> cautions, String easierVariation, String harderVariation, String benefit, List<SessionPart> parts) {

	/** An exercise for the main part of a session only. */
	public ExerciseDetails(String slug, String name, String family, ExerciseKind kind, List<BodyArea> areas,
			StartPosition position, String equipment, Intensity intensity, boolean kneeling,
			List<SpineMovement> spineLoads, List<HealthCondition> contraindications, boolean perSide,
			Dosage beginnerDosage, Dosage regularDosage, List<String> steps, List<String> cues, List<String> mistakes,
			List<String> cautions, String easierVariation, String harderVariation, String benefit) {
		this(slug, name, family, kind, areas, position, equipment, intensity, kneeling, spineLoads, contraindications,
				perSide, beginnerDosage, regularDosage, steps, cues, mistakes, cautions, easierVariation,
				harderVariation, benefit, List.of(SessionPart.MAIN));
	}

	/** Whether the exercise can go in this part of a session. */
	public boolean fits(SessionPart part) {
		return this.parts.contains(part);
	}

	/**
	 * The cautions that speak to pregnancy, shown with the exercise whenever a pregnant person's routine has it
	 * (the catalogue writes them in English and names pregnancy in them).
	 */
	@JsonIgnore
	public List<String> pregnancyNotes() {
		return this.cautions.stream().filter((caution) -> caution.toLowerCase(java.util.Locale.ROOT).contains("pregnan")).toList();
	}

	/** The picture for pages that stay still (cards, lists): the end position. */
	@JsonProperty("illustration")
	public String illustrationPath() {
		return Figures.path(this.slug, "end");
	}

	/** The picture for paper: the end position over a faint start, so the movement shows without motion. */
	@JsonIgnore
	public String printPath() {
		return Figures.path(this.slug, "print");
	}

	/** The picture that moves from the start position to the end and back, in the beginner's rhythm. */
	@JsonProperty("animation")
	public String animationPath() {
		return Figures.path(this.slug, null);
	}

	/** The start and end positions side by side, still: what a person who asked for less motion sees. */
	@JsonIgnore
	public String stillsPath() {
		return Figures.path(this.slug, "pair");
	}

	/** The message key of the picture's words: what the body does. */
	@JsonIgnore
	public String pictureTextKey() {
		return "figure." + this.slug;
	}

	@JsonIgnore
	public boolean needsFloor() {
		return this.position.needsFloor();
	}

	/** The cues the guided session and the printed sheet show: never more than three. */
	@JsonIgnore
	public List<String> keyCues() {
		return this.cues.subList(0, Math.min(3, this.cues.size()));
	}

}
