package app.limber.sheet;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import app.limber.catalogue.ExerciseDetails;
import app.limber.routine.Phase;
import app.limber.routine.RoutineView;

/**
 * Everything a printed routine sheet shows beyond the routine itself.
 *
 * @param routine the routine, as anyone with its link sees it
 * @param sessionUrl the absolute address of the guided session, which the QR code holds
 * @param shortUrl a shorter address that leads to the same session, for typing in
 * @param qrImage the QR code as a data URI for the PDF, or {@code null} on the page, which loads it from the app
 * @param printedOn the day the sheet was made
 * @param days the short names of the week's days, starting on the locale's first day of the week
 */
public record Sheet(RoutineView routine, String sessionUrl, String shortUrl, String qrImage, LocalDate printedOn,
		List<String> days) {

	/** Weeks in the tick-box grid: a month of days to tick off on the wall. */
	public static final int WEEKS = 4;

	/**
	 * Rows of two steps that still leave room on one page for the header, the tick boxes and the safety box. A
	 * routine that needs more (a beginner's 20 minutes on the floor can hold 16 short steps) is printed dense.
	 */
	static final int MAX_ROWS_OF_TWO = 6;

	/** The short link as a person would type it, without the scheme. */
	public String shortLinkText() {
		return this.shortUrl.replaceFirst("^https?://", "");
	}

	/**
	 * Whether the steps print three to a row with their two most important cues, instead of two to a row with
	 * three: so that every routine of up to 20 minutes fits on one page.
	 */
	public boolean dense() {
		int rows = 0;
		for (Phase phase : Phase.values()) {
			rows += (this.routine.stepsIn(phase).size() + 1) / 2;
		}
		return rows > MAX_ROWS_OF_TWO;
	}

	/** The key cues the sheet prints for an exercise: three, or two on a dense sheet. */
	public List<String> cues(ExerciseDetails exercise) {
		List<String> cues = exercise.keyCues();
		return cues.subList(0, Math.min(dense() ? 2 : 3, cues.size()));
	}

	public List<Integer> weeks() {
		return IntStream.rangeClosed(1, WEEKS).boxed().toList();
	}

}
