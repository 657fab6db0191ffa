package app.limber.session;

import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.limber.routine.DoseSteps;
import app.limber.session.TestRoutines.Built;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Ratings travel with a logged session and tune the next one: the API takes them (and refuses bad ones with
 * problem details), and the routine read back has the changed dose, explained on its page, with Undo.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RatingsApiTests {

	private static final Pattern UNDO = Pattern.compile("action=\"(/routines/[0-9a-f-]{36}/tunings/[0-9a-f-]{36}/undo)\"");

	@Autowired
	private MockMvcTester mvc;

	private MvcTestResult log(Built routine, String json) {
		return this.mvc.post()
			.uri("/api/routines/" + routine.id() + "/completions")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.cookie(routine.owner())
			.exchange();
	}

	private List<Map<String, Object>> steps(Built routine) {
		return JsonPath.read(body(this.mvc.get().uri("/api/routines/" + routine.id()).cookie(routine.owner()).exchange()),
				"$.steps");
	}

	private int total(Built routine) {
		return JsonPath.read(body(this.mvc.get().uri("/api/routines/" + routine.id()).exchange()), "$.totalSeconds");
	}

	/** The first stretch or strengthening step, the one the test rates. */
	private static int mainStep(List<Map<String, Object>> steps) {
		for (int i = 0; i < steps.size(); i++) {
			Object phase = steps.get(i).get("phase");
			if ("stretch".equals(phase) || "strengthen".equals(phase)) {
				return i;
			}
		}
		throw new AssertionError("no main step in " + steps);
	}

	@Test
	void twoEasyRatingsOfAStepRaiseItsDoseOneStepAndTheRoutineStillTakesItsMinutes() {
		Built routine = TestRoutines.build(this.mvc);
		List<Map<String, Object>> before = steps(routine);
		int step = mainStep(before);
		String easy = "{\"durationSeconds\": 300, \"ratings\": [{\"step\": " + step + ", \"rating\": \"easy\"}]}";

		MvcTestResult first = log(routine, easy);
		assertThat(first).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.hasPathSatisfying("$.ratings[0].step", (n) -> assertThat(n).isEqualTo(step))
			.hasPathSatisfying("$.ratings[0].rating", (rating) -> assertThat(rating).isEqualTo("easy"))
			.hasPathSatisfying("$.steps[" + step + "].rating", (rating) -> assertThat(rating).isEqualTo("easy"));
		assertThat(steps(routine)).as("one easy rating changes nothing").isEqualTo(before);

		assertThat(log(routine, easy)).hasStatus(HttpStatus.CREATED);
		Map<String, Object> was = before.get(step);
		Map<String, Object> now = steps(routine).get(step);
		int holdWas = (int) was.get("holdSeconds");
		int repsWas = (int) was.get("reps");
		int holdNow = (int) now.get("holdSeconds");
		int repsNow = (int) now.get("reps");
		boolean longerHold = holdNow != holdWas;
		if (longerHold) {
			assertThat(DoseSteps.HOLDS.indexOf(holdNow)).isEqualTo(DoseSteps.HOLDS.indexOf(holdWas) + 1);
			assertThat(repsNow).isEqualTo(repsWas);
		}
		else {
			assertThat(DoseSteps.REPS.indexOf(repsNow)).as("%s -> %s", was, now)
				.isEqualTo(DoseSteps.REPS.indexOf(repsWas) + 1);
		}
		assertThat(total(routine)).isBetween(300 - 30, 300 + 30);
		// The API explains it to the owner, and to nobody else.
		assertThat(this.mvc.get().uri("/api/routines/" + routine.id()).cookie(routine.owner()).exchange()).bodyJson()
			.hasPathSatisfying("$.lastChange.undoable", (undoable) -> assertThat(undoable).isEqualTo(true))
			.hasPathSatisfying("$.lastChange.changes[?(@.step == " + step + ")].reason",
					(reason) -> assertThat(reason).asArray().containsExactly("easy"))
			.hasPathSatisfying("$.lastChange.changes[?(@.step == " + step + ")].explanation",
					(words) -> assertThat(words).asArray().singleElement().asString().endsWith("— you rated it too easy twice"));
		assertThat(body(this.mvc.get().uri("/api/routines/" + routine.id()).exchange())).doesNotContain("lastChange");

		// The sheet prints the dose as it is now.
		String sheet = body(this.mvc.get().uri("/routines/" + routine.id() + "/sheet").exchange());
		String words = (holdNow >= 5) ? "Hold " + holdNow + " s \u00d7 " + repsNow
				: (holdNow > 0) ? repsNow + " \u00d7 " + holdNow + " s hold" : repsNow + " reps";
		assertThat(sheet).contains(words);

		// The page says what changed and why, and Undo puts the earlier version back.
		String page = body(this.mvc.get().uri("/routines/" + routine.id()).cookie(routine.owner()).exchange());
		assertThat(page).contains("you rated it too easy twice");
		Matcher undo = UNDO.matcher(page);
		assertThat(undo.find()).isTrue();
		assertThat(this.mvc.post().uri(undo.group(1)).cookie(routine.owner()).exchange()).as("no CSRF token")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri(undo.group(1)).with(csrf()).cookie(routine.owner()).exchange())
			.hasStatus(HttpStatus.FOUND);
		assertThat(steps(routine)).isEqualTo(before);
		assertThat(body(this.mvc.get().uri("/routines/" + routine.id()).cookie(routine.owner()).exchange()))
			.doesNotContain("you rated it too easy twice");

		// The ratings that made the undone change count no more: one more easy rating is only one.
		assertThat(log(routine, easy)).hasStatus(HttpStatus.CREATED);
		assertThat(steps(routine)).isEqualTo(before);

		// The export has the ratings with their sessions, and the change with the doses before and after.
		assertThat(this.mvc.get().uri("/account/export").cookie(routine.owner()).exchange()).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.history[*].ratings[*].rating",
					(ratings) -> assertThat(ratings).asArray().containsExactly("easy", "easy", "easy"))
			.hasPathSatisfying("$.routines[0].changes.length()", (n) -> assertThat(n).isEqualTo(1))
			.hasPathSatisfying("$.routines[0].changes[0].undoneAt", (at) -> assertThat(at).isNotNull())
			.hasPathSatisfying("$.routines[0].changes[0].steps[" + step + "].reason",
					(reason) -> assertThat(reason).isEqualTo("easy"))
			.hasPathSatisfying("$.routines[0].changes[0].steps[" + step + "].before.holdSeconds",
					(hold) -> assertThat(hold).isEqualTo(holdWas))
			.hasPathSatisfying("$.routines[0].changes[0].steps[" + step + "].after.holdSeconds",
					(hold) -> assertThat(hold).isEqualTo(holdNow));
	}

	@Test
	void oneHardRatingLowersTheDoseAndTheHistoryShowsTheChangeOnItsDay() {
		Built routine = TestRoutines.build(this.mvc);
		List<Map<String, Object>> before = steps(routine);
		int step = mainStep(before);
		assertThat(log(routine, "{\"durationSeconds\": 300, \"ratings\": [{\"step\": " + step + ", \"rating\": \"hard\"}]}"))
			.hasStatus(HttpStatus.CREATED);
		Map<String, Object> was = before.get(step);
		Map<String, Object> now = steps(routine).get(step);
		int work = ((int) was.get("holdSeconds") + 1) * (int) was.get("reps");
		assertThat(((int) now.get("holdSeconds") + 1) * (int) now.get("reps")).as("%s -> %s", was, now).isLessThan(work);
		assertThat(total(routine)).isBetween(300 - 30, 300 + 30);
		assertThat(body(this.mvc.get().uri("/history").cookie(routine.owner()).exchange())).contains("After this session:",
				"rated too hard");
	}

	@Test
	void aDoseSetByHandStartsItsRatingsAgain() {
		Built routine = TestRoutines.build(this.mvc);
		int step = mainStep(steps(routine));
		String easy = "{\"durationSeconds\": 300, \"ratings\": [{\"step\": " + step + ", \"rating\": \"easy\"}]}";
		assertThat(log(routine, easy)).hasStatus(HttpStatus.CREATED);

		// The person sets the dose by hand, a little easier: a hold step shorter, else a rep step fewer (the first
		// that its limits allow).
		Map<String, Object> was = steps(routine).get(step);
		int hold = (int) was.get("holdSeconds");
		int reps = (int) was.get("reps");
		List<int[]> easier = new java.util.ArrayList<>();
		DoseSteps.down(DoseSteps.HOLDS, hold, 1).ifPresent((shorter) -> easier.add(new int[] { shorter, reps }));
		DoseSteps.down(DoseSteps.REPS, reps, 1).ifPresent((fewer) -> easier.add(new int[] { hold, fewer }));
		for (int[] dose : easier) {
			this.mvc.post()
				.uri("/routines/" + routine.id() + "/steps/" + step + "/dose")
				.with(csrf())
				.cookie(routine.owner())
				.param("hold", String.valueOf(dose[0]))
				.param("reps", String.valueOf(dose[1]))
				.param("sets", String.valueOf(was.get("sets")))
				.exchange();
			if (!steps(routine).get(step).equals(was)) {
				break;
			}
		}
		Map<String, Object> byHand = steps(routine).get(step);
		assertThat(byHand).as("the dose set by hand").isNotEqualTo(was);

		// The easy rating before the edit no longer counts: one more is only one.
		assertThat(log(routine, easy)).hasStatus(HttpStatus.CREATED);
		assertThat(steps(routine).get(step)).isEqualTo(byHand);
		// Two since the edit raise the dose set by hand one step.
		assertThat(log(routine, easy)).hasStatus(HttpStatus.CREATED);
		Map<String, Object> raised = steps(routine).get(step);
		assertThat(raised).isNotEqualTo(byHand);
		boolean longerHold = (int) raised.get("holdSeconds") != (int) byHand.get("holdSeconds");
		assertThat(longerHold || DoseSteps.REPS.indexOf((int) raised.get("reps")) == DoseSteps.REPS.indexOf((int) byHand.get("reps")) + 1)
			.as("%s -> %s", byHand, raised)
			.isTrue();
	}

	@Test
	void ratingsOfAStepTheSessionSkippedDontCount() {
		Built routine = TestRoutines.build(this.mvc);
		List<Map<String, Object>> before = steps(routine);
		int step = mainStep(before);
		String skippedButEasy = "{\"durationSeconds\": 200, \"skippedSteps\": [" + step + "], \"ratings\": [{\"step\": "
				+ step + ", \"rating\": \"easy\"}]}";
		assertThat(log(routine, skippedButEasy)).hasStatus(HttpStatus.CREATED);
		assertThat(log(routine, skippedButEasy)).hasStatus(HttpStatus.CREATED);
		assertThat(steps(routine)).isEqualTo(before);
	}

	@Test
	void someoneElsesRatingsNeverChangeTheOwnersRoutine() {
		Built routine = TestRoutines.build(this.mvc);
		List<Map<String, Object>> before = steps(routine);
		int step = mainStep(before);
		for (int i = 0; i < 2; i++) {
			// a visitor with the link, without the owner's cookie
			this.mvc.post()
				.uri("/api/routines/" + routine.id() + "/completions")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"durationSeconds\": 300, \"ratings\": [{\"step\": " + step + ", \"rating\": \"easy\"}]}")
				.exchange();
		}
		assertThat(steps(routine)).isEqualTo(before);
	}

	@Test
	void anUnknownStepAnUnknownRatingOrAStepRatedTwiceIsA400Problem() {
		Built routine = TestRoutines.build(this.mvc);
		assertThat(log(routine, "{\"durationSeconds\": 300, \"ratings\": [{\"step\": 99, \"rating\": \"easy\"}]}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("ratings[0].step"));
		assertThat(log(routine, "{\"durationSeconds\": 300, \"ratings\": [{\"step\": 1, \"rating\": \"meh\"}]}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("rating", "easy, right, hard"));
		assertThat(log(routine, """
				{"durationSeconds": 300, "ratings": [{"step": 1, "rating": "easy"}, {"step": 1, "rating": "hard"}]}"""))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.hasPathSatisfying("$.errors[0].field", (field) -> assertThat(field).isEqualTo("ratings[1].step"));
		assertThat(log(routine, "{\"durationSeconds\": 300, \"ratings\": [{\"step\": -1, \"rating\": \"easy\"}]}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(log(routine, "{\"durationSeconds\": 300, \"ratings\": [{\"step\": 1}]}"))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(this.mvc.get().uri("/api/completions").cookie(routine.owner()).exchange()).bodyJson()
			.hasPathSatisfying("$.length()", (n) -> assertThat(n).isEqualTo(0));
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
