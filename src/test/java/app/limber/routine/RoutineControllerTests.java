package app.limber.routine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The builder form, the routine page and its edits, as a person in a browser would use them. */
@SpringBootTest
@AutoConfigureMockMvc
class RoutineControllerTests {

	private static final Pattern ROUTINE_URL = Pattern.compile("/routines/([0-9a-f-]{36})");

	@Autowired
	private MockMvcTester mvc;

	/** Builds a routine through the form; returns its id and the owner cookie. */
	private Built build(String form) {
		MvcTestResult result = this.mvc.post().uri("/routines").with(csrf()).contentType("application/x-www-form-urlencoded")
			.content(form).exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		Matcher url = ROUTINE_URL.matcher(result.getResponse().getRedirectedUrl());
		assertThat(url.find()).isTrue();
		return new Built(url.group(1), result.getResponse().getCookie("limber_owner"));
	}

	record Built(String id, Cookie owner) {
	}

	/** Follows a redirect as the browser would: to its address, with the owner key and the one-time message cookie. */
	private MvcTestResult follow(MvcTestResult redirect, Cookie owner) {
		assertThat(redirect).hasStatus(HttpStatus.FOUND);
		Cookie flash = redirect.getResponse().getCookie("limber_flash");
		return this.mvc.get().uri(redirect.getResponse().getRedirectedUrl())
			.cookie((flash != null) ? new Cookie[] { owner, flash } : new Cookie[] { owner })
			.exchange();
	}

	private static final String TIGHT = "minutes=15&focus=tight&level=beginner&setting=floor&safetyReviewed=true";

	@Test
	void theBuilderAsksTheSafetyCheckAndTheInputs() {
		assertThat(this.mvc.get().uri("/routines/new")).hasStatusOk()
			.bodyText()
			.contains("Safety check", "name=\"redFlags\"", "name=\"conditions\"", "name=\"safetyReviewed\"",
					"name=\"minutes\"", "value=\"15\"", "name=\"focus\"", "name=\"avoid\"", "name=\"_csrf\"");
	}

	@Test
	void submittingSavesTheRoutineAndShowsItWithReasons() {
		Built routine = build(TIGHT + "&avoid=flexion&name=Morning+back");
		assertThat(this.mvc.get().uri("/routines/" + routine.id()).cookie(routine.owner())).hasStatusOk()
			.bodyText()
			.contains("<h1>Morning back</h1>", "Stretch", "Strengthen", "Adjust this step",
					"Your safety answers", "Bending forward hurts", "after sitting");
	}

	/** A step done in reps alone (nothing held) offers reps and sets to change, never "hold 0-0 s". */
	@Test
	void aRepsOnlyStepShowsOnlyTheRangesThatApply() throws Exception {
		Built routine = build(TIGHT);
		String page = this.mvc.get().uri("/routines/" + routine.id()).cookie(routine.owner()).exchange().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).doesNotContain("hold 0-0").containsPattern("Safe range: \\d+-\\d+ reps, (one set|up to \\d+ sets)\\.")
			.contains("<input type=\"hidden\" name=\"hold\" value=\"0\">")
			.as("steps that are held still say how long")
			.containsPattern("Safe range: hold \\d+-\\d+ s, ");
		Matcher holdless = Pattern.compile("<input type=\"number\" name=\"hold\"[^>]*max=\"0\"").matcher(page);
		assertThat(holdless.find()).as("a hold field that allows only 0 s").isFalse();
	}

	@Test
	void submittingOpensTheSessionOnceWithTheSavedNotice() {
		MvcTestResult built = this.mvc.post().uri("/routines").with(csrf()).contentType("application/x-www-form-urlencoded")
			.content(TIGHT + "&name=Straight+in").exchange();
		assertThat(built.getResponse().getRedirectedUrl()).matches(".*/routines/[0-9a-f-]{36}/session").doesNotContain("notice");
		Cookie owner = built.getResponse().getCookie("limber_owner");
		MvcTestResult session = follow(built, owner);
		assertThat(session).hasStatusOk().bodyText().contains("Your routine is saved", "Straight in", "btn-start");
		// The message was for that one page: the same address again, or an old ?notice=saved bookmark, shows none.
		assertThat(session.getResponse().getCookie("limber_flash").getMaxAge()).isZero();
		assertThat(this.mvc.get().uri(built.getResponse().getRedirectedUrl()).cookie(owner)).bodyText()
			.doesNotContain("Your routine is saved");
		String routine = built.getResponse().getRedirectedUrl().replace("/session", "");
		assertThat(this.mvc.get().uri(routine + "?notice=saved").cookie(owner)).hasStatusOk().bodyText()
			.contains("Straight in")
			.doesNotContain("Your routine is saved", "class=\"notice\"");
	}

	@Test
	void theBuilderAsksTheMinimumFirstWithDefaultsAndTheRestBehindMoreOptions() throws Exception {
		String page = this.mvc.get().uri("/routines/new").exchange().getResponse().getContentAsString();
		assertThat(page).containsPattern("name=\"focus\" id=\"focus\"[^>]*")
			.containsPattern("value=\"balanced\"\\s+checked=\"checked\"")
			.containsPattern("value=\"floor\"\\s+checked=\"checked\"")
			.contains("No floor — chair and standing only");
		// Minutes, focus and where come before the safety check; level and name wait inside "More options".
		assertThat(page.indexOf("name=\"setting\"")).isLessThan(page.indexOf("name=\"redFlags\""));
		String more = page.substring(page.indexOf("<details class=\"panel more-options\""), page.indexOf("</details>"));
		assertThat(more).contains("More options", "name=\"level\"", "name=\"name\"").doesNotContain("open");
		// With only the safety answer given, the defaults build a 15-minute routine on the floor.
		MvcTestResult built = this.mvc.post().uri("/routines").with(csrf()).contentType("application/x-www-form-urlencoded")
			.content("safetyReviewed=true").exchange();
		assertThat(built).hasStatus(HttpStatus.FOUND);
		String id = built.getResponse().getRedirectedUrl().replaceAll(".*/routines/([0-9a-f-]{36}).*", "$1");
		assertThat(this.mvc.get().uri("/api/routines/" + id).cookie(built.getResponse().getCookie("limber_owner")))
			.bodyJson()
			.hasPathSatisfying("$.minutes", (minutes) -> assertThat(minutes).isEqualTo(15))
			.hasPathSatisfying("$.focus", (focus) -> assertThat(focus).isEqualTo("balanced"))
			.hasPathSatisfying("$.setting", (setting) -> assertThat(setting).isEqualTo("floor"));
	}

	@Test
	void eachStepsPictureOpensItsExerciseLikeItsTitle() {
		Built routine = build(TIGHT);
		assertThat(this.mvc.get().uri("/routines/" + routine.id()).cookie(routine.owner())).bodyText()
			.containsPattern("<a class=\"step__picture-link\" href=\"/exercises/[a-z-]+\" tabindex=\"-1\"><img\\s+class=\"step__picture\"");
	}

	@Test
	void anotherBrowserCanViewButNotEditOrSeeTheAnswers() {
		Built routine = build(TIGHT + "&avoid=rotation");
		assertThat(this.mvc.get().uri("/routines/" + routine.id())).hasStatusOk()
			.bodyText()
			.contains("Stretch", "Start the session")
			.doesNotContain("Adjust this step", "Your safety answers", "Twisting hurts");
		assertThat(this.mvc.post().uri("/routines/" + routine.id() + "/shuffle").with(csrf()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void myRoutinesListsOnlyTheCallersOwn() {
		Built mine = build(TIGHT + "&name=Only+mine");
		assertThat(this.mvc.get().uri("/routines").cookie(mine.owner())).hasStatusOk().bodyText().contains("Only mine");
		assertThat(this.mvc.get().uri("/routines")).hasStatusOk()
			.bodyText()
			.doesNotContain("Only mine")
			.contains("saved a routine in this browser yet");
	}

	@Nested
	class Edits {

		private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

		/** The step forms are kept per routine version, yet every form on each page carries that request's token. */
		@Test
		void everyFormOnTheRoutinePageCarriesThisRequestsOwnToken() throws Exception {
			Built routine = build(TIGHT);
			Set<String> pagesTokens = new HashSet<>();
			for (int visit = 0; visit < 3; visit++) {
				String page = RoutineControllerTests.this.mvc.get().uri("/routines/" + routine.id())
					.cookie(routine.owner()).exchange().getResponse().getContentAsString();
				List<String> tokens = CSRF_FIELD.matcher(page).results().map((field) -> field.group(1)).toList();
				assertThat(tokens).hasSizeGreaterThan(10);
				assertThat(new HashSet<>(tokens)).as("one token in every form").hasSize(1);
				assertThat(page).doesNotContain("\u0000");
				pagesTokens.add(tokens.get(0));
			}
			assertThat(pagesTokens).as("each page its own token").hasSize(3);
		}

		@Test
		void strengtheningCannotMoveBeforeStretching() throws Exception {
			Built routine = build(TIGHT);
			String page = RoutineControllerTests.this.mvc.get().uri("/routines/" + routine.id()).cookie(routine.owner())
				.exchange().getResponse().getContentAsString();
			int firstStrengthen = firstStepOfPhase(page, "phase-strengthen");
			MvcTestResult moved = RoutineControllerTests.this.mvc.post()
				.uri("/routines/" + routine.id() + "/steps/" + firstStrengthen + "/move")
				.param("direction", "up").cookie(routine.owner()).with(csrf()).exchange();
			assertThat(moved).hasStatus(HttpStatus.FOUND);
			assertThat(moved.getResponse().getRedirectedUrl()).doesNotContain("problem").endsWith("#step-" + firstStrengthen);
			assertThat(follow(moved, routine.owner()))
				.bodyText()
				.contains("stretching always comes before strengthening");
			assertThat(RoutineControllerTests.this.mvc.get().uri("/routines/" + routine.id()).cookie(routine.owner()))
				.bodyText()
				.doesNotContain("stretching always comes before strengthening");
		}

		@Test
		void aDoseOutsideTheSafeRangeIsRefusedWithAMessage() throws Exception {
			Built routine = build(TIGHT);
			MvcTestResult changed = RoutineControllerTests.this.mvc.post().uri("/routines/" + routine.id() + "/steps/0/dose")
				.param("hold", "90").param("reps", "3").param("sets", "1").cookie(routine.owner()).with(csrf()).exchange();
			String page = follow(changed, routine.owner()).getResponse().getContentAsString();
			// The message sits with step 1 (index 0), whose adjust panel opens to show it.
			assertThat(page.substring(page.indexOf("id=\"step-0\""), page.indexOf("id=\"step-1\"")))
				.contains("outside the safe range");
		}

		@Test
		void removingAStepLowersTheTotal() throws Exception {
			Built routine = build(TIGHT);
			String before = RoutineControllerTests.this.mvc.get().uri("/routines/" + routine.id()).cookie(routine.owner())
				.exchange().getResponse().getContentAsString();
			MvcTestResult removed = RoutineControllerTests.this.mvc.post().uri("/routines/" + routine.id() + "/steps/0/remove")
				.cookie(routine.owner()).with(csrf()).exchange();
			assertThat(follow(removed, routine.owner())).bodyText().contains("Routine updated.");
			String after = RoutineControllerTests.this.mvc.get().uri("/routines/" + routine.id()).cookie(routine.owner())
				.exchange().getResponse().getContentAsString();
			assertThat(total(after)).isNotEqualTo(total(before));
			assertThat(after.split("class=\"step\"").length).isEqualTo(before.split("class=\"step\"").length - 1);
		}

		@Test
		void aRemovedExerciseStaysOutWhenTheRoutineIsShuffled() throws Exception {
			Built routine = build(TIGHT);
			String page = RoutineControllerTests.this.mvc.get().uri("/routines/" + routine.id()).cookie(routine.owner())
				.exchange().getResponse().getContentAsString();
			Matcher first = Pattern.compile("id=\"step-0\"[\\s\\S]*?href=\"/exercises/([a-z-]+)\"").matcher(page);
			assertThat(first.find()).isTrue();
			String removed = first.group(1);
			RoutineControllerTests.this.mvc.post().uri("/routines/" + routine.id() + "/steps/0/remove").cookie(routine.owner())
				.with(csrf()).exchange();
			for (int shuffle = 0; shuffle < 5; shuffle++) {
				RoutineControllerTests.this.mvc.post().uri("/routines/" + routine.id() + "/shuffle").cookie(routine.owner())
					.with(csrf()).exchange();
				assertThat(RoutineControllerTests.this.mvc.get().uri("/routines/" + routine.id()).cookie(routine.owner()))
					.bodyText()
					.doesNotContain("href=\"/exercises/" + removed + "\"");
			}
		}

		private static int firstStepOfPhase(String page, String phaseId) {
			Matcher step = Pattern.compile("id=\"step-(\\d+)\"").matcher(page.substring(page.indexOf(phaseId)));
			assertThat(step.find()).isTrue();
			return Integer.parseInt(step.group(1));
		}

		private static String total(String page) {
			Matcher total = Pattern.compile("class=\"total\">([^<]+)<").matcher(page);
			assertThat(total.find()).isTrue();
			return total.group(1);
		}

	}

	@Nested
	class BadInput {

		@Test
		void missingAnswersAreShownNextToTheirFields() {
			assertThat(RoutineControllerTests.this.mvc.post().uri("/routines").with(csrf()).param("minutes", "500")
				.param("focus", ""))
				.hasStatusOk()
				.bodyText()
				.contains("id=\"minutes-error\"", "The longest routine is 30 minutes.", "id=\"focus-error\"",
						"id=\"safetyReviewed-error\"", "value=\"500\"");
		}

		@Test
		void theErrorSummaryTakesTheFocusAndLinksToEachAnswer() throws Exception {
			String page = RoutineControllerTests.this.mvc.post().uri("/routines").with(csrf()).param("minutes", "500")
				.param("focus", "").exchange().getResponse().getContentAsString();
			assertThat(page).containsPattern("<div class=\"form-errors\" id=\"form-errors\"[^>]*tabindex=\"-1\"[^>]*autofocus");
			String summary = page.substring(page.indexOf("id=\"form-errors\""), page.indexOf("</ul>", page.indexOf("id=\"form-errors\"")));
			assertThat(summary).contains("<a href=\"#minutes\">The longest routine is 30 minutes.</a>", "href=\"#focus\"",
					"href=\"#safetyReviewed\"");
			// Each link leads to a field with that id.
			assertThat(page).contains("id=\"minutes\"", "id=\"focus\"", "id=\"safetyReviewed\"");
		}

		@Test
		void notANumberIsAFieldError() {
			assertThat(RoutineControllerTests.this.mvc.post().uri("/routines").with(csrf())
				.param("minutes", "ten").param("focus", "tight").param("safetyReviewed", "true"))
				.hasStatusOk()
				.bodyText()
				.contains("Enter a whole number of minutes");
		}

		@Test
		void aRedFlagStopsTheBuilderWithAdviceAndSavesNothing() {
			MvcTestResult result = RoutineControllerTests.this.mvc.post().uri("/routines").with(csrf())
				.content(TIGHT + "&redFlags=saddle-numbness").contentType("application/x-www-form-urlencoded").exchange();
			assertThat(result).hasStatusOk()
				.bodyText()
				.contains("Get emergency care now", "has not built or saved", "Ticked something by mistake?")
				.containsPattern("value=\"saddle-numbness\"\\s+checked=\"checked\"");
			assertThat(result.getResponse().getCookie("limber_owner")).isNull();
		}

		@Test
		void blankCheckboxValuesMeanNothingTicked() {
			MvcTestResult result = RoutineControllerTests.this.mvc.post().uri("/routines").with(csrf())
				.content(TIGHT + "&redFlags=&redFlags=%20&avoid=&conditions=").contentType("application/x-www-form-urlencoded")
				.exchange();
			assertThat(result).hasStatus(HttpStatus.FOUND);
		}

		@Test
		void aFormWithoutItsCsrfTokenIsRefused() {
			assertThat(RoutineControllerTests.this.mvc.post().uri("/routines").content(TIGHT)
				.contentType("application/x-www-form-urlencoded")).hasStatus(HttpStatus.FORBIDDEN);
		}

		@Test
		void unknownAndMalformedIdsGetThe404Page() {
			assertThat(RoutineControllerTests.this.mvc.get().uri("/routines/00000000-0000-4000-8000-000000000000"))
				.hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("There is no routine at this address");
			assertThat(RoutineControllerTests.this.mvc.get().uri("/routines/1")).hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void anOverlongNameIsRefused() {
			Built routine = build(TIGHT);
			MvcTestResult renamed = RoutineControllerTests.this.mvc.post().uri("/routines/" + routine.id() + "/name")
				.param("name", "x".repeat(200)).cookie(routine.owner()).with(csrf()).exchange();
			assertThat(follow(renamed, routine.owner())).bodyText().contains("name-error");
		}

	}

}
