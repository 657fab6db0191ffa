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
	 * Rows of two steps, each with a picture 36 mm wide and three cues, that still leave room on one A4 or Letter page
	 * for the header, the tick boxes and the safety box. A routine that needs more is printed dense.
	 */
	static final int MAX_ROWS_OF_TWO = 5;

	/**
	 * Rows of two dense steps (pictures 30 mm wide, two cues) that fit on one Letter page, the shorter paper. A
	 * routine that needs more (a beginner's 20 minutes on the floor can hold 16 short steps) prints three a row.
	 */
	static final int MAX_DENSE_ROWS_OF_TWO = 8;

	/** The short link as a person would type it, without the scheme. */
	public String shortLinkText() {
		return this.shortUrl.replaceFirst("^https?://", "");
	}

	/**
	 * Whether the steps print smaller (pictures 30 mm wide instead of 36, their two most important cues instead of
	 * three, a tighter header and footer): so that every routine of up to 20 minutes fits on one page.
	 */
	public boolean dense() {
		return rowsOfTwo() > MAX_ROWS_OF_TWO;
	}

	/** Whether a dense sheet prints three steps a row, each picture beside its name and the cues below. */
	public boolean threeARow() {
		return rowsOfTwo() > MAX_DENSE_ROWS_OF_TWO;
	}

	private int rowsOfTwo() {
		int rows = 0;
		for (Phase phase : Phase.values()) {
			rows += (this.routine.stepsIn(phase).size() + 1) / 2;
		}
		return rows;
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
