package app.limber.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.limber.Browser;
import app.limber.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The player in a real Chromium with Playwright's clock: time moves only when a test says so, to the millisecond,
 * so countdowns, auto-advance and a whole run are checked exactly and fast. Expectations come from the plan the
 * page carries, which is the plan the routine's times come from.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionBrowserTests {

	/** Where to save screenshots for a look by eye (-Dsession.screenshots=/tmp); none by default. */
	private static final String SCREENSHOTS = System.getProperty("session.screenshots");

	@LocalServerPort
	private int port;

	private Browser browser;

	/** A 5-minute routine built once through the builder form; every test plays it in a fresh browser. */
	private String routineId;

	@BeforeAll
	void startBrowserAndBuildARoutine() {
		this.browser = new Browser();
		try (BrowserContext builder = context(1280, 800)) {
			this.routineId = build(builder.newPage());
		}
	}

	@AfterAll
	void stopBrowser() {
		this.browser.close();
	}

	@Test
	void countsDownTheGetReadyThenPacesRepsAndMovesOnByItself() {
		try (BrowserContext phone = context(390, 844)) {
			Page page = openPaused(phone);
			List<Map<String, Object>> steps = steps(page);
			Map<String, Object> first = steps.get(0);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();

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
				assertThat(page.locator("#player-label")).hasText("of " + reps);
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
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
			for (int i = 0; i < sided; i++) {
				page.keyboard().press("ArrowRight");
			}
			assertThat(page.locator("#player-name")).hasText((String) step.get("name"));
			assertThat(page.locator("#player-position")).containsText("Side 1 of 2");

			int tempo = number(step, "tempoSeconds");
			int hold = number(step, "holdSeconds");
			page.clock().runFor(10_000);
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
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
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
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next")).click();
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
			assertThat(page.locator("#btn-mute")).hasText("Sound on");
			page.keyboard().press("m");
			assertThat(page.locator("#btn-mute")).hasText("Sound off");
			page.reload();
			assertThat(page.locator("#btn-sound")).hasText("Sound off");
		}
	}

	@Test
	void thisHurtsStopsTheExerciseAndOffersTheEasierVersionOrASkip() {
		try (BrowserContext phone = context(390, 844)) {
			Page page = openPaused(phone);
			List<Map<String, Object>> steps = steps(page);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
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

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End")).click();
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
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();

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
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
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

	private BrowserContext context(int width, int height) {
		return this.browser.newContext("http://localhost:" + this.port, width, height);
	}

	/** Opens the player with the clock installed and paused: from here on time moves only by runFor. */
	private Page openPaused(BrowserContext context) {
		Page page = context.newPage();
		// Today, so that the day the page logs is the server's day too.
		long start = System.currentTimeMillis();
		page.clock().install(new Clock.InstallOptions().setTime(start));
		page.navigate("/routines/" + this.routineId + "/session");
		page.clock().pauseAt(start + 60_000);
		assertThat(page.locator("#session-start")).isVisible();
		return page;
	}

	/** Builds a 5-minute routine through the form, as a person would, and returns its id. */
	private static String build(Page page) {
		page.navigate("/routines/new");
		page.locator("input[name=safetyReviewed]").check();
		page.locator("#minutes").fill("5");
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
		if (SCREENSHOTS != null) {
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(SCREENSHOTS, name + ".png")).setFullPage(true));
		}
	}

}
