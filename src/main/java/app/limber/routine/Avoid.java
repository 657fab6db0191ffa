package app.limber.routine;

import app.limber.catalogue.ExerciseDetails;
import app.limber.catalogue.SpineMovement;
import app.limber.catalogue.StartPosition;
import app.limber.system.UrlValue;

/** Something the person said hurts; no exercise that involves it is ever planned. */
public enum Avoid implements UrlValue {

	/** It hurts to bend forward. */
	FLEXION,
	/** It hurts to arch back. */
	EXTENSION,
	ROTATION,
	KNEELING,
	LYING_FACE_DOWN;

	public boolean rulesOut(ExerciseDetails exercise) {
		return switch (this) {
			case FLEXION -> exercise.spineLoads().contains(SpineMovement.FLEXION);
			case EXTENSION -> exercise.spineLoads().contains(SpineMovement.EXTENSION);
			case ROTATION -> exercise.spineLoads().contains(SpineMovement.ROTATION);
			case KNEELING -> exercise.kneeling();
			case LYING_FACE_DOWN -> exercise.position() == StartPosition.LYING_FACE_DOWN;
		};
	}

}
