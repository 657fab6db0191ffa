package app.limber.routine;

import java.util.List;

import app.limber.catalogue.ExerciseDetails;

/**
 * What the routine page shows: the routine, and for its owner the exercises that could replace each step (empty
 * for anyone else).
 */
public record RoutinePage(RoutineView routine, List<List<ExerciseDetails>> swapChoices) {
}
