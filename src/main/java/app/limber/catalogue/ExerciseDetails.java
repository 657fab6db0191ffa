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
		List<String> cautions, String easierVariation, String harderVariation, String benefit) {

	@JsonProperty("illustration")
	public String illustrationPath() {
		return "/img/exercises/" + this.slug + ".svg";
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
