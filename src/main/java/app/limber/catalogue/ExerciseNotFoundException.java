package app.limber.catalogue;

import app.limber.system.NotFoundException;

public class ExerciseNotFoundException extends NotFoundException {

	public ExerciseNotFoundException(String slug) {
		super("error.exercise.notFound", "No exercise with the slug '" + slug + "'.", slug);
	}

}
