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
		List<String> cautions, String easierVariation, String harderVariation, String benefit, List<SessionPart> parts,
		@JsonIgnore List<String> pregnancyNotes) {

	/**
	 * An exercise as the catalogue writes it in English: the cautions that speak to pregnancy (they name it) are
	 * the ones shown with the exercise whenever a pregnant person's routine has it.
	 */
	public ExerciseDetails(String slug, String name, String family, ExerciseKind kind, List<BodyArea> areas,
			StartPosition position, String equipment, Intensity intensity, boolean kneeling,
			List<SpineMovement> spineLoads, List<HealthCondition> contraindications, boolean perSide,
			Dosage beginnerDosage, Dosage regularDosage, List<String> steps, List<String> cues, List<String> mistakes,
			List<String> cautions, String easierVariation, String harderVariation, String benefit,
			List<SessionPart> parts) {
		this(slug, name, family, kind, areas, position, equipment, intensity, kneeling, spineLoads, contraindications,
				perSide, beginnerDosage, regularDosage, steps, cues, mistakes, cautions, easierVariation,
				harderVariation, benefit, parts, pregnancyCautions(cautions).stream().map(cautions::get).toList());
	}

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
	 * This exercise in another language's words ({@code exercise_text}), English where they are missing, field by
	 * field and line by line. The pregnancy notes are the translations of the English ones (same places).
	 */
	ExerciseDetails in(CatalogueTexts.Text text) {
		List<String> translatedCautions = text.lines(CatalogueTexts.Section.CAUTION, this.cautions);
		List<String> notes = pregnancyCautions(this.cautions).stream()
			.filter((index) -> index < translatedCautions.size())
			.map(translatedCautions::get)
			.toList();
		return new ExerciseDetails(this.slug, or(text.name(), this.name), this.family, this.kind, this.areas,
				this.position, or(text.equipment(), this.equipment), this.intensity, this.kneeling, this.spineLoads,
				this.contraindications, this.perSide, this.beginnerDosage, this.regularDosage,
				text.lines(CatalogueTexts.Section.STEP, this.steps), text.lines(CatalogueTexts.Section.CUE, this.cues),
				text.lines(CatalogueTexts.Section.MISTAKE, this.mistakes), translatedCautions,
				or(text.easierVariation(), this.easierVariation), or(text.harderVariation(), this.harderVariation),
				or(text.benefit(), this.benefit), this.parts, notes);
	}

	private static String or(String translated, String english) {
		return (translated != null && !translated.isBlank()) ? translated : english;
	}

	/** Where the English cautions name pregnancy. */
	private static List<Integer> pregnancyCautions(List<String> englishCautions) {
		return java.util.stream.IntStream.range(0, englishCautions.size())
			.filter((i) -> englishCautions.get(i).toLowerCase(java.util.Locale.ROOT).contains("pregnan"))
			.boxed()
			.toList();
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
