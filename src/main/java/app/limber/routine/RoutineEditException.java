package app.limber.routine;

/** An edit that would break a rule of the routine; {@code problem} says which, in words for the person. */
public class RoutineEditException extends RuntimeException {

	/** Every problem an edit can report; each has the message {@code routine.edit.<problem>}. */
	static final String[] PROBLEMS = { "lastStep", "phaseOrder", "unsuitable", "doseOutOfRange", "noStep", "nameEmpty",
			"nameTooLong", "undoGone", RoutineEditException.CHANGED };

	/** Someone else changed the routine while this edit was being made: the page shows the current version. */
	static final String CHANGED = "changed";

	private final String problem;

	RoutineEditException(String problem, String detail) {
		super(detail);
		this.problem = problem;
	}

	public String getProblem() {
		return this.problem;
	}

	public String getMessageKey() {
		return "routine.edit." + this.problem;
	}

}
