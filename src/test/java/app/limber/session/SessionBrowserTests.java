package app.limber.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.limber.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The player in a real Chromium with Playwright's clock: time moves only when a test says so, to the millisecond,
 * so countdowns, auto-advance and a whole run are checked exactly and fast. Expectations come from the plan the
 * page carries, which is the plan the routine's times come from.
 */
class SessionBrowserTests extends BrowserTestSupport {

	/** Where to save screenshots for a look by eye (-Dsession.screenshots=/tmp); none by default. */
	private static final String SCREENSHOTS = System.getProperty("session.screenshots");

	/** A 5-minute routine built once through the builder form; every test plays it in a fresh browser. */
	private String routineId;

	/** A 15-minute routine (reps, holds, both sides, a rest between sets), for the phases of the player. */
	private String longerRoutineId;

	@BeforeAll
	void buildRoutines() {
		try (BrowserContext builder = context(1280, 800)) {
			this.routineId = build(builder.newPage(), 5);
			this.longerRoutineId = build(builder.newPage(), 15);
		}
	}

	@Test
	void countsDownTheGetReadyThenPacesRepsAndMovesOnByItself() {
		try (BrowserContext phone = context(390, 844)) {
			Page page = openPaused(phone);
			List<Map<String, Object>> steps = steps(page);
			Map<String, Object> first = steps.get(0);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();

			assertThat(page.locator("#player")).isVisible();
			assertThat(page.locator("#session-intro")).isHidden();
			assertThat(page.locator("#player-name")).hasText((String) first.get("name"));
			assertThat(page.locator("#player-dose")).hasText((String) first.get("dose"));
			assertThat(page.locator("#player-step")).hasText("Step 1 of " + steps.size());
			assertThat(page.locator("#player-count")).hasText("10");
			assertThat(page.locator("#player-label")).hasText("Get ready");
			assertThat(page.locator("#player-cues li")).hasCount(((List<?>) first.get("cues")).size());
			assertThat(page.locator("#player-next")).containsText((String) steps.get(1).get("name"));
			assertThat(page.locator("#player-announce")).containsText("Step 1 of " + steps.size());
			assertThat(page.locator("#player-left")).hasText(clock(total(page)));
			screenshot(page, "session-phone-get-ready");

			page.clock().runFor(1000);
			assertThat(page.locator("#player-count")).hasText("9");
			page.clock().runFor(8999);
			assertThat(page.locator("#player-count")).hasText("1");
			page.clock().runFor(1);

			// The work: reps advance every secondsPerRep without a touch (the rep number when there is no hold,
			// otherwise "ease in" then the hold counting down).
			int perRep = number(first, "secondsPerRep");
			int reps = number(first, "reps");
			assertThat(page.locator("#player-position")).containsText("Rep 1 of " + reps);
			page.clock().runFor(perRep * 1000L);
			assertThat(page.locator("#player-position")).containsText("Rep 2 of " + reps);
			if (number(first, "holdSeconds") == 0) {
				assertThat(page.locator("#player-count")).hasText("2");
				assertThat(page.locator("#player-label")).hasText("Reps");
				assertThat(page.locator("#player-of")).hasText("of " + reps);
			}
			assertThat(page.locator("#player-left")).hasText(clock(total(page) - 10 - perRep));
			screenshot(page, "session-phone-work");

			// At the end of its work the step gives way to the next one's get-ready by itself.
			page.clock().runFor((number(first, "seconds") - 10 - perRep) * 1000L);
			assertThat(page.locator("#player-name")).hasText((String) steps.get(1).get("name"));
			assertThat(page.locator("#player-step")).hasText("Step 2 of " + steps.size());
			assertThat(page.locator("#player-label")).hasText("Get ready");
			assertThat(page.locator("#player-count")).hasText("10");
			assertThat(page.locator("#player-announce")).containsText("Step 2 of " + steps.size());
		}
	}

	@Test
	void aHoldCountsDownAndAOneSidedStretchSwitchesSides() {
		try (BrowserContext laptop = context(1280, 800)) {
			Page page = openPaused(laptop);
			List<Map<String, Object>> steps = steps(page);
			int sided = indexOf(steps, (step) -> Boolean.TRUE.equals(step.get("perSide")) && number(step, "holdSeconds") > 0);
			Map<String, Object> step = steps.get(sided);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
			for (int i = 0; i < sided; i++) {
				page.keyboard().press("ArrowRight");
			}
			assertThat(page.locator("#player-name")).hasText((String) step.get("name"));
			assertThat(page.locator("#player-position")).containsText("Side 1 of 2");
			assertThat(page.locator("#player-figure")).not().hasClass(Pattern.compile(".*mirrored.*"));

			int tempo = number(step, "tempoSeconds");
			int hold = number(step, "holdSeconds");
			page.clock().runFor(getReady(step) * 1000L);
			assertThat(page.locator("#player-label")).hasText("Ease in");
			assertThat(page.locator("#player-count")).hasText(String.valueOf(tempo));
			page.clock().runFor(tempo * 1000L);
			assertThat(page.locator("#player-label")).hasText("Hold");
			assertThat(page.locator("#player-count")).hasText(String.valueOf(hold));
			page.clock().runFor(1000);
			assertThat(page.locator("#player-count")).hasText(String.valueOf(hold - 1));
			screenshot(page, "session-laptop-hold");

			// The rest of the first side, then the switch-sides countdown and the second side.
			int work = number(step, "reps") * number(step, "secondsPerRep");
			page.clock().runFor((work - tempo - 1) * 1000L);
			assertThat(page.locator("#player-label")).hasText("Switch sides");
			assertThat(page.locator("#player-count")).hasText("5");
			assertThat(page.locator("#player-position")).containsText("Side 2 of 2");
			assertThat(page.locator("#player-announce")).hasText("Switch sides");
			assertThat(page.locator("#player-figure")).hasClass(Pattern.compile(".*player__figure--mirrored.*"));
			screenshot(page, "session-laptop-switch");
			page.clock().runFor(5000);
			assertThat(page.locator("#player-label")).hasText("Ease in");
			assertThat(page.locator("#player-position")).containsText("Side 2 of 2 · Rep 1 of");
		}
	}

	@Test
	void pausesResumesAndMovesWithTheKeyboard() {
		try (BrowserContext laptop = context(1280, 800)) {
			Page page = openPaused(laptop);
			List<Map<String, Object>> steps = steps(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
			page.clock().runFor(3000);
			assertThat(page.locator("#player-count")).hasText("7");

			page.keyboard().press("Space");
			assertThat(page.locator("#btn-pause")).hasText("Resume");
			assertThat(page.locator("#player-announce")).hasText("Paused");
			page.clock().runFor(30_000);
			assertThat(page.locator("#player-count")).hasText("7");
			assertThat(page.locator("#player-left")).hasText(clock(total(page) - 3));
			page.keyboard().press("Space");
			assertThat(page.locator("#btn-pause")).hasText("Pause");
			page.clock().runFor(1000);
			assertThat(page.locator("#player-count")).hasText("6");

			page.keyboard().press("ArrowRight");
			assertThat(page.locator("#player-name")).hasText((String) steps.get(1).get("name"));
			assertThat(page.locator("#player-count")).hasText("10");
			assertThat(page.locator("#player-left")).hasText(clock(total(page) - number(steps.get(0), "seconds")));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true)).click();
			assertThat(page.locator("#player-name")).hasText((String) steps.get(2).get("name"));
			page.keyboard().press("ArrowLeft");
			assertThat(page.locator("#player-name")).hasText((String) steps.get(1).get("name"));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Previous")).click();
			assertThat(page.locator("#player-name")).hasText((String) steps.get(0).get("name"));

			page.clock().runFor(12_000);
			assertThat(page.locator("#player-label")).not().hasText("Get ready");
			page.keyboard().press("r");
			assertThat(page.locator("#player-label")).hasText("Get ready");
			assertThat(page.locator("#player-count")).hasText("10");

			// Paused, Next moves on and stays paused.
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause")).click();
			page.keyboard().press("ArrowRight");
			page.clock().runFor(5000);
			assertThat(page.locator("#player-name")).hasText((String) steps.get(1).get("name"));
			assertThat(page.locator("#player-count")).hasText("10");

			// M mutes, and the choice is remembered on the next visit.
			assertThat(page.locator("#btn-mute")).hasText("Sound: on");
			page.keyboard().press("m");
			assertThat(page.locator("#btn-mute")).hasText("Sound: off");
			page.reload();
			assertThat(page.locator("#btn-sound")).hasText("Sound: off");
		}
	}

	@Test
	void thisHurtsStopsTheExerciseAndOffersTheEasierVersionOrASkip() {
		try (BrowserContext phone = context(390, 844)) {
			Page page = openPaused(phone);
			List<Map<String, Object>> steps = steps(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
			page.clock().runFor(12_000);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("This hurts")).click();

			assertThat(page.locator("#hurt")).isVisible();
			assertThat(page.locator("#player")).isHidden();
			assertThat(page.locator("#hurt-easier")).containsText((String) steps.get(0).get("easier"));
			screenshot(page, "session-phone-hurt");
			page.clock().runFor(60_000);
			assertThat(page.locator("#hurt")).isVisible();

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try the easier version")).click();
			assertThat(page.locator("#player-name")).hasText((String) steps.get(0).get("name"));
			assertThat(page.locator("#player-label")).hasText("Get ready");
			assertThat(page.locator("#player-count")).hasText("10");
			assertThat(page.locator("#player-easier")).isVisible();
			assertThat(page.locator("#player-easier")).containsText((String) steps.get(0).get("easier"));

			page.clock().runFor(3000);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("This hurts")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skip this exercise")).click();
			assertThat(page.locator("#player-name")).hasText((String) steps.get(1).get("name"));
			assertThat(page.locator("#player-count")).hasText("10");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End").setExact(true)).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End and log")).click();
			Locator first = page.locator("#end-steps li").first();
			assertThat(first).containsText("Skipped");
			assertThat(first).containsText("This hurt");
			assertThat(page.locator("#end-summary")).hasText("0 of " + steps.size() + " steps done");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log it")).click();
			page.waitForURL("**/history?notice=logged");
			Object logged = page.evaluate("async () => (await (await fetch('/api/completions')).json())[0]");
			@SuppressWarnings("unchecked")
			Map<String, Object> completion = (Map<String, Object>) logged;
			assertThat(completion.get("skippedSteps")).asInstanceOf(InstanceOfAssertFactories.LIST).contains(0);
			assertThat(completion.get("hurts")).asInstanceOf(InstanceOfAssertFactories.LIST).hasSize(1);
			assertThat(completion.get("hurts").toString()).contains("exercise=" + steps.get(0).get("slug"), "hurt=true");
		}
	}

	@Test
	void aRunWithoutPausesTakesThePlannedTotalAndIsLoggedInThisBrowsersHistoryOnly() {
		try (BrowserContext phone = context(390, 844); BrowserContext someoneElse = context(1280, 800)) {
			Page page = openPaused(phone);
			int total = total(page);
			page.locator("#pain-before").selectOption("4");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();

			page.clock().runFor(total * 1000L - 1000);
			assertThat(page.locator("#player")).isVisible();
			assertThat(page.locator("#player-left")).hasText("0:01");
			page.clock().runFor(1000);
			assertThat(page.locator("#end")).isVisible();
			assertThat(page.locator("#end-time")).hasText(clock(total));
			int stepCount = steps(page).size();
			assertThat(page.locator("#end-summary")).hasText(stepCount + " of " + stepCount + " steps done");
			assertThat(page.locator("#player-announce")).hasText("Session finished");
			screenshot(page, "session-phone-end");

			page.locator("#pain-after").selectOption("2");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log it")).click();
			page.waitForURL("**/history?notice=logged");
			assertThat(page.getByText("Session logged")).isVisible();
			assertThat(page.locator("#history-sessions")).hasText("1");
			assertThat(page.locator("#history-streak")).hasText("1 day");
			assertThat(page.locator(".calendar td.is-today")).hasClass(Pattern.compile("is-active"));
			assertThat(page.locator(".session-log__item")).containsText("Pain 4 → 2");
			screenshot(page, "history-phone");

			@SuppressWarnings("unchecked")
			Map<String, Object> completion = (Map<String, Object>) page
				.evaluate("async () => (await (await fetch('/api/completions')).json())[0]");
			assertThat(completion).containsEntry("durationSeconds", total)
				.containsEntry("plannedSeconds", total)
				.containsEntry("painBefore", 4)
				.containsEntry("painAfter", 2)
				.containsEntry("routineId", this.routineId);
			assertThat(completion.get("skippedSteps")).asInstanceOf(InstanceOfAssertFactories.LIST).isEmpty();

			Page other = someoneElse.newPage();
			other.navigate("/history");
			assertThat(other.locator("#history-sessions")).hasText("0");
			assertThat(other.locator(".session-log__item")).hasCount(0);
			assertThat(other.evaluate("async () => (await (await fetch('/api/completions')).json()).length")).isEqualTo(0);
		}
	}

	@Test
	void aThrottledTabCatchesUpToTheRightPoint() {
		try (BrowserContext laptop = context(1280, 800)) {
			Page page = openPaused(laptop);
			int total = total(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
			// fastForward fires a due timer once, like a tab that was hidden for a minute and a bit.
			page.clock().fastForward(75_300);
			assertThat(page.locator("#player-left")).hasText(clock(total - 75));
			page.clock().runFor(700);
			assertThat(page.locator("#player-left")).hasText(clock(total - 76));
		}
	}

	@Test
	void theTimerFunctionsEndOnTheDeadlineHoweverLateTheTicksCome() {
		try (BrowserContext laptop = context(1280, 800)) {
			Page page = laptop.newPage();
			page.navigate("/routines/" + this.routineId + "/session");
			Object result = page.evaluate("""
					async () => {
					  const t = await import('/js/session-timer.js');
					  const plan = JSON.parse(document.getElementById('session-plan').textContent);
					  const tl = t.timeline(plan);
					  let seed = 7;
					  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
					  let now = 1000;
					  let state = t.start(t.initial(tl), tl, now);
					  while (state.status !== 'ended') {
					    now += 1 + Math.floor(random() * 2500);
					    state = t.advance(state, tl, now);
					  }
					  return { planned: plan.totalSeconds * 1000, timeline: tl.totalMs, took: state.endedAt - 1000,
					    active: state.activeMs, done: t.summary(state, tl).steps.every((s) => s.done) };
					}
					""");
			@SuppressWarnings("unchecked")
			Map<String, Object> run = (Map<String, Object>) result;
			assertThat(run.get("timeline")).isEqualTo(run.get("planned"));
			assertThat(run.get("took")).isEqualTo(run.get("planned"));
			assertThat(run.get("active")).isEqualTo(run.get("planned"));
			assertThat(run.get("done")).isEqualTo(true);
		}
	}

	@Test
	void withoutItsScriptThePageIsTheWholeRoutineAsAList() {
		try (BrowserContext noScript = context(390, 844)) {
			noScript.route("**/js/**", (route) -> route.abort());
			Page page = noScript.newPage();
			page.navigate("/routines/" + this.routineId + "/session");
			assertThat(page.locator(".session-list__step")).hasCount(steps(page).size());
			assertThat(page.locator(".session-list__step").first()).isVisible();
			assertThat(page.getByText("Stop an exercise if your pain increases").first()).isVisible();
			assertThat(page.locator("#session-start")).isHidden();
			assertThat(page.locator("#player")).isHidden();
		}
	}

	/**
	 * A phone propped on the floor, upright and sideways: at every phase the picture is large, the countdown at
	 * least 96 px, the phase told by word, colour and icon, and Pause, Next and "This hurts" on screen.
	 */
	@ParameterizedTest(name = "{0} x {1}")
	@CsvSource({ "390, 844", "844, 390" })
	void everyPhaseCanBeFollowedFromTheFloor(int width, int height) {
		try (BrowserContext phone = context(width, height)) {
			Page page = openPaused(phone, this.longerRoutineId);
			List<Map<String, Object>> steps = steps(page);
			String view = (width < height) ? "phone" : "sideways";
			List<String> seen = new ArrayList<>();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
			page.clock().runFor(2000);
			seen.add(phase(page, width, height, "Get ready", view + "-get-ready"));

			int sided = indexOf(steps, (step) -> Boolean.TRUE.equals(step.get("perSide")) && number(step, "holdSeconds") >= 5
					&& number(step, "reps") >= 2);
			Map<String, Object> step = steps.get(sided);
			int tempo = number(step, "tempoSeconds");
			int hold = number(step, "holdSeconds");
			goTo(page, sided);
			page.clock().runFor((getReady(step) + tempo + 1) * 1000L);
			seen.add(phase(page, width, height, "Hold", view + "-hold"));
			page.clock().runFor(hold * 1000L);
			seen.add(phase(page, width, height, "Relax", view + "-relax"));
			int work = number(step, "reps") * number(step, "secondsPerRep");
			page.clock().runFor((work - tempo - hold - 1 + 1) * 1000L);
			seen.add(phase(page, width, height, "Switch sides", view + "-switch-sides"));

			int reps = indexOf(steps, (s) -> number(s, "holdSeconds") == 0);
			goTo(page, reps);
			page.clock().runFor((getReady(steps.get(reps)) + 2 * number(steps.get(reps), "secondsPerRep")) * 1000L + 500);
			seen.add(phase(page, width, height, "Reps", view + "-reps"));
			assertThat(page.locator("#player-count")).hasText("3");
			assertThat(page.locator("#player-of")).hasText("of " + number(steps.get(reps), "reps"));

			int rested = indexOf(steps, (s) -> segments(s).stream().anyMatch((g) -> "rest".equals(g.get("type"))));
			goTo(page, rested);
			int beforeRest = 0;
			for (Map<String, Object> segment : segments(steps.get(rested))) {
				if ("rest".equals(segment.get("type"))) {
					break;
				}
				beforeRest += number(segment, "seconds");
			}
			page.clock().runFor(beforeRest * 1000L + 1500);
			seen.add(phase(page, width, height, "Rest", view + "-rest"));

			// Every phase looks different in colour and in icon, not only in its word.
			assertThat(seen.stream().map((look) -> look.split("\\|")[1]).distinct()).hasSize(seen.size());
			assertThat(seen.stream().map((look) -> look.split("\\|")[2]).distinct()).hasSize(seen.size());

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End").setExact(true)).click();
			Locator ask = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("End the session?"));
			assertThat(ask).isVisible();
			for (String choice : List.of("#btn-keep-going", "#btn-end-log", "#btn-end-nolog")) {
				assertWithinViewport(page, choice, width, height);
			}
			screenshot(page, "session-" + view + "-end-ask", false);
		}
	}

	@Test
	void aTapOnThePictureOrTheCountdownPausesAndResumes() {
		try (BrowserContext phone = context(390, 844)) {
			Page page = openPaused(phone);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
			page.clock().runFor(2000);
			assertThat(page.locator("#player-count")).hasText("8");

			page.locator("#player-picture").click();
			assertThat(page.locator("#btn-pause")).hasText("Resume");
			assertThat(page.locator("#player-of")).hasText("Paused");
			page.clock().runFor(5000);
			assertThat(page.locator("#player-count")).hasText("8");

			page.locator("#player-count").click();
			assertThat(page.locator("#btn-pause")).hasText("Pause");
			page.clock().runFor(1000);
			assertThat(page.locator("#player-count")).hasText("7");
		}
	}

	@Test
	void spaceAfterAClickOnNextPausesAndNeverPressesNextAgain() {
		try (BrowserContext laptop = context(1280, 800)) {
			Page page = openPaused(laptop);
			List<Map<String, Object>> steps = steps(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next").setExact(true)).click();
			assertThat(page.locator("#player-name")).hasText((String) steps.get(1).get("name"));
			assertThat(page.locator("#btn-next")).isFocused();

			page.keyboard().press("Space");
			assertThat(page.locator("#btn-pause")).hasText("Resume");
			assertThat(page.locator("#player-name")).hasText((String) steps.get(1).get("name"));
			page.clock().runFor(3000);
			assertThat(page.locator("#player-count")).hasText("10");
			page.keyboard().press("Space");
			assertThat(page.locator("#btn-pause")).hasText("Pause");
			assertThat(page.locator("#player-name")).hasText((String) steps.get(1).get("name"));
			page.clock().runFor(1000);
			assertThat(page.locator("#player-count")).hasText("9");

			// The other keys still work with the focus on a button.
			page.keyboard().press("ArrowRight");
			assertThat(page.locator("#player-name")).hasText((String) steps.get(2).get("name"));
			page.keyboard().press("ArrowLeft");
			assertThat(page.locator("#player-name")).hasText((String) steps.get(1).get("name"));
			page.clock().runFor(3000);
			page.keyboard().press("r");
			assertThat(page.locator("#player-count")).hasText("10");
			page.keyboard().press("m");
			assertThat(page.locator("#btn-mute")).hasText("Sound: off");
			assertThat(page.locator("#btn-mute")).hasAttribute("aria-pressed", "false");
		}
	}

	@Test
	void endAsksFirstAndTheTimerWaitsForTheAnswer() {
		try (BrowserContext phone = context(390, 844)) {
			Page page = openPaused(phone);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
			page.clock().runFor(2000);
			Locator end = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End").setExact(true));
			Locator ask = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("End the session?"));

			end.click();
			assertThat(ask).isVisible();
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep going"))).isFocused();
			page.clock().runFor(5000);
			assertThat(page.locator("#player-count")).hasText("8");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep going")).click();
			assertThat(ask).isHidden();
			assertThat(page.locator("#player")).isVisible();
			// The timer resumes on the dialog's close event, which the browser fires a moment after it hides.
			assertThat(page.locator("#player")).not().hasClass(Pattern.compile("player--paused"));
			page.clock().runFor(1000);
			assertThat(page.locator("#player-count")).hasText("7");

			end.click();
			page.keyboard().press("Escape");
			assertThat(ask).isHidden();
			assertThat(page.locator("#player")).not().hasClass(Pattern.compile("player--paused"));
			page.clock().runFor(1000);
			assertThat(page.locator("#player-count")).hasText("6");

			end.click();
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("End without logging")).click();
			page.waitForURL("**/routines/" + this.routineId);
			assertThat(page.evaluate("async () => (await (await fetch('/api/completions')).json()).length")).isEqualTo(0);
		}
	}

	@Test
	void theVoiceSpeaksLikeACoachWithThreeTwoOne() {
		try (BrowserContext phone = context(390, 844)) {
			phone.addInitScript("""
					window.spoken = [];
					SpeechSynthesis.prototype.speak = function (utterance) { window.spoken.push(utterance.text); };
					SpeechSynthesis.prototype.cancel = function () {};
					""");
			Page page = openPaused(phone);
			List<Map<String, Object>> steps = steps(page);
			assertThat(page.locator("#btn-voice")).hasText("Voice: on");
			assertThat(page.locator("#btn-voice")).hasAttribute("aria-pressed", "true");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();

			// A rep exercise from its get-ready: its name and dose in words, a cue, 3-2-1, "Go", "5 more", "Last one".
			int repsStep = indexOf(steps, (s) -> number(s, "holdSeconds") == 0 && number(s, "reps") > 5);
			Map<String, Object> reps = steps.get(repsStep);
			goTo(page, repsStep);
			page.evaluate("() => { window.spoken = []; }");
			page.keyboard().press("r");
			page.clock().runFor(number(reps, "seconds") * 1000L - 500);
			List<String> spoken = spoken(page);
			String intro = (String) segments(reps).get(0).get("say");
			assertThat(intro).contains((String) reps.get("name"), reps.get("reps") + " reps", ((List<?>) reps.get("cues")).get(0).toString());
			assertThat(spoken).containsSubsequence(intro, "3", "2", "1", "Go.", "5 more", "Last one");

			// A hold: "Hold", 3-2-1 at its end, "Relax".
			int holdStep = indexOf(steps, (s) -> number(s, "holdSeconds") >= 5 && number(s, "reps") >= 2);
			Map<String, Object> hold = steps.get(holdStep);
			goTo(page, holdStep);
			page.evaluate("() => { window.spoken = []; }");
			page.keyboard().press("r");
			page.clock().runFor((getReady(hold) + number(hold, "secondsPerRep") + 1) * 1000L);
			// A get-ready on the way down to the floor or back up starts with those words, then the intro.
			List<String> heard = spoken(page);
			assertThat(heard).anySatisfy((line) -> assertThat(line).endsWith((String) segments(hold).get(0).get("say")));
			assertThat(heard).containsSubsequence("3", "2", "1", "Ease in.", "Hold", "3", "2", "1", "Relax");
			assertThat(String.join(" ", spoken(page))).doesNotContain("×").doesNotContainPattern("\\d ?s\\b");

			// The toggle says what it does, and off means silence.
			Locator toggle = page.locator("#btn-voice-player");
			assertThat(toggle).hasText("Voice: on");
			toggle.click();
			assertThat(toggle).hasText("Voice: off");
			assertThat(toggle).hasAttribute("aria-pressed", "false");
			page.evaluate("() => { window.spoken = []; }");
			page.clock().runFor(20_000);
			assertThat(spoken(page)).isEmpty();
		}
	}

	/** The planner marks a get-ready that moves between floor and standing; the player says which way. */
	@Test
	void aGetReadyThatMovesToTheFloorSaysSoOnScreenAndAloud() {
		try (BrowserContext phone = context(390, 844)) {
			phone.addInitScript("""
					window.spoken = [];
					SpeechSynthesis.prototype.speak = function (utterance) { window.spoken.push(utterance.text); };
					SpeechSynthesis.prototype.cancel = function () {};
					""");
			planWith(phone, "{\"type\":\"get-ready\"", "{\"type\":\"get-ready\",\"transition\":\"down\"");
			Page page = openPaused(phone);
			String intro = (String) segments(steps(page).get(0)).get(0).get("say");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
			assertThat(page.locator("#player-label")).hasText("Get down on the floor");
			assertThat(page.locator("#player")).hasAttribute("data-beat", "down");
			assertThat(page.locator("#player-beat .beat__shape--down")).isVisible();
			assertThat(spoken(page)).first().isEqualTo("Get down on the floor. " + intro);
			page.keyboard().press("ArrowRight");
			assertThat(page.locator("#player-label")).hasText("Get ready");
		}
	}

	/**
	 * The picture slot with a step's start and end stills: under reduced motion they stand side by side instead of
	 * the (moving) picture; otherwise the picture shows alone.
	 */
	@Test
	void underReducedMotionThePictureSlotShowsTheStillsSideBySide() {
		for (boolean reduced : new boolean[] { true, false }) {
			try (BrowserContext phone = context(390, 844)) {
				// The plan's own stills: the first step's start and end positions (catalogue Figures).
				Page page = openPaused(phone);
				String startStill = (String) ((List<?>) steps(page).get(0).get("stills")).get(0);
				page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(reduced ? ReducedMotion.REDUCE
						: ReducedMotion.NO_PREFERENCE));
				page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
				if (reduced) {
					assertThat(page.locator("#player-picture")).isHidden();
					assertThat(page.locator("#player-still-start")).hasAttribute("src", startStill);
					var start = page.locator("#player-still-start").boundingBox();
					var end = page.locator("#player-still-end").boundingBox();
					assertThat(start.x + start.width).isLessThanOrEqualTo(end.x);
					assertThat(Math.abs(start.y - end.y)).isLessThan(1);
					assertThat(start.width).isGreaterThan(140);
				}
				else {
					assertThat(page.locator("#player-picture")).isVisible();
					assertThat(page.locator("#player-still-start")).isHidden();
				}
			}
		}
	}

	@Test
	void aStepsPregnancyNotesShowWithIt() {
		try (BrowserContext phone = context(390, 844)) {
			planWith(phone, "\"illustration\":\"", "\"pregnancyNotes\":[\"A note from the catalogue.\"],\"illustration\":\"");
			Page page = openPaused(phone);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
			assertThat(page.locator("#player-note")).isVisible();
			assertThat(page.locator("#player-note")).hasText("In pregnancy: A note from the catalogue.");
			page.keyboard().press("ArrowRight");
			assertThat(page.locator("#player-note")).isHidden();
		}
	}

	/** Serves the session page with its plan changed, as a later planner or figure model will write it. */
	private static void planWith(BrowserContext context, String first, String replacement) {
		context.route("**/routines/*/session", (route) -> {
			APIResponse response;
			try {
				response = route.fetch();
			}
			catch (PlaywrightException closing) {
				// A late fetch of the page (the service worker keeping it) as the test closes its context: nothing
				// is waiting for it any more.
				return;
			}
			String page = response.text();
			assertThat(page).contains(first);
			route.fulfill(new Route.FulfillOptions().setResponse(response).setBody(page.replaceFirst(Pattern.quote(first),
					Matcher.quoteReplacement(replacement))));
		});
	}

	/** Checks the player at one phase and returns "word|colour|icon" for it. */
	private static String phase(Page page, int width, int height, String word, String screenshot) {
		assertThat(page.locator("#player-label")).hasText(word);
		screenshot(page, "session-" + screenshot, false);
		double countFont = Double.parseDouble(((String) page.evaluate(
				"() => getComputedStyle(document.getElementById('player-count')).fontSize")).replace("px", ""));
		assertThat(countFont).as("countdown font size").isGreaterThanOrEqualTo(96);
		var picture = page.locator("#player-picture").boundingBox();
		var ring = page.locator("#player-timer .ring").boundingBox();
		if (width < height) {
			assertThat(picture.width).as("picture width").isGreaterThanOrEqualTo(300);
			assertThat(picture.y + picture.height).as("picture above the countdown").isLessThanOrEqualTo(ring.y);
		}
		else {
			assertThat(picture.x + picture.width).as("picture beside the countdown").isLessThanOrEqualTo(ring.x);
			assertThat(picture.width).as("picture width").isGreaterThanOrEqualTo(300);
		}
		assertWithinViewport(page, "#player-timer .ring", width, height);
		assertWithinViewport(page, "#player-beat", width, height);
		for (String control : List.of("#btn-pause", "#btn-next", "#btn-hurt")) {
			assertWithinViewport(page, control, width, height);
		}
		assertThat(page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);
		double wordFont = Double.parseDouble(((String) page.evaluate(
				"() => getComputedStyle(document.getElementById('player-beat')).fontSize")).replace("px", ""));
		assertThat(wordFont).as("phase word font size").isGreaterThanOrEqualTo(24);
		return word + "|" + page.evaluate("() => getComputedStyle(document.getElementById('player-beat')).backgroundColor")
				+ "|" + page.evaluate("() => [...document.querySelectorAll('#player-beat .beat__shape')]"
						+ ".filter((g) => getComputedStyle(g).display !== 'none').map((g) => g.getAttribute('class')).join()");
	}

	private static void assertWithinViewport(Page page, String selector, int width, int height) {
		var box = page.locator(selector).boundingBox();
		assertThat(box).as(selector + " is shown").isNotNull();
		assertThat(box.x).as(selector + " left").isGreaterThanOrEqualTo(0);
		assertThat(box.y).as(selector + " top").isGreaterThanOrEqualTo(0);
		assertThat(box.x + box.width).as(selector + " right").isLessThanOrEqualTo(width);
		assertThat(box.y + box.height).as(selector + " bottom").isLessThanOrEqualTo(height);
	}

	/** Moves to a step with the arrow keys, from wherever the player is. */
	private static void goTo(Page page, int index) {
		int at = Integer.parseInt(page.locator("#player-step").textContent().split(" ")[1]) - 1;
		for (; at < index; at++) {
			page.keyboard().press("ArrowRight");
		}
		for (; at > index; at--) {
			page.keyboard().press("ArrowLeft");
		}
		assertThat(page.locator("#player-step")).hasText(Pattern.compile("Step " + (index + 1) + " of \\d+"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> spoken(Page page) {
		return (List<String>) page.evaluate("() => window.spoken");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> segments(Map<String, Object> step) {
		return (List<Map<String, Object>>) step.get("segments");
	}

	private BrowserContext context(int width, int height) {
		return person(width, height);
	}

	private Page openPaused(BrowserContext context) {
		return openPaused(context, this.routineId);
	}

	/** Opens the player with the clock installed and paused: from here on time moves only by runFor. */
	private Page openPaused(BrowserContext context, String routine) {
		Page page = context.newPage();
		// Today, so that the day the page logs is the server's day too.
		long start = System.currentTimeMillis();
		page.clock().install(new Clock.InstallOptions().setTime(start));
		page.navigate("/routines/" + routine + "/session");
		page.clock().pauseAt(start + 60_000);
		assertThat(page.locator("#session-start")).isVisible();
		return page;
	}

	/** Builds a routine through the form, as a person would, and returns its id. */
	private static String build(Page page, int minutes) {
		page.navigate("/routines/new");
		page.locator("input[name=safetyReviewed]").check();
		page.locator("#minutes").fill(String.valueOf(minutes));
		page.locator("input[name=focus][value=tight]").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build my routine")).click();
		page.waitForURL(Pattern.compile(".*/routines/[0-9a-f-]{36}.*"));
		Matcher id = Pattern.compile("/routines/([0-9a-f-]{36})").matcher(page.url());
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> steps(Page page) {
		return (List<Map<String, Object>>) page
			.evaluate("() => JSON.parse(document.getElementById('session-plan').textContent).steps");
	}

	private static int total(Page page) {
		return (Integer) page.evaluate("() => JSON.parse(document.getElementById('session-plan').textContent).totalSeconds");
	}

	/** A step's get-ready: longer when it means getting down to the floor or back up. */
	private static int getReady(Map<String, Object> step) {
		return number(segments(step).get(0), "seconds");
	}

	private static int number(Map<String, Object> step, String key) {
		return ((Number) step.get(key)).intValue();
	}

	private static int indexOf(List<Map<String, Object>> steps, java.util.function.Predicate<Map<String, Object>> test) {
		for (int i = 0; i < steps.size(); i++) {
			if (test.test(steps.get(i))) {
				return i;
			}
		}
		throw new AssertionError("The routine has no such step: " + steps);
	}

	private static String clock(int seconds) {
		return "%d:%02d".formatted(seconds / 60, seconds % 60);
	}

	private static void screenshot(Page page, String name) {
		screenshot(page, name, true);
	}

	/** The whole page, or only what is on the screen (what someone on the mat sees). */
	private static void screenshot(Page page, String name, boolean fullPage) {
		if (SCREENSHOTS != null) {
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(SCREENSHOTS, name + ".png")).setFullPage(fullPage));
		}
	}

}
