package app.limber.sheet;

import app.limber.routine.Prescription;

/** A dosage as a person reads it on the sheet, written out independently of the template that prints it. */
final class Dosages {

	private Dosages() {
	}

	static String inWords(Prescription dose) {
		StringBuilder words = new StringBuilder();
		if (dose.isHold()) {
			words.append("Hold ").append(dose.holdSeconds()).append(" s × ").append(dose.reps());
		}
		else if (dose.holdSeconds() > 0) {
			words.append(dose.reps()).append(" × ").append(dose.holdSeconds()).append(" s hold");
		}
		else {
			words.append(dose.reps()).append(" reps");
		}
		if (dose.perSide()) {
			words.append(", each side");
		}
		if (dose.sets() > 1) {
			words.append(" · ").append(dose.sets()).append(" sets, ").append(dose.restSeconds()).append(" s rest between");
		}
		return words.toString();
	}

}
