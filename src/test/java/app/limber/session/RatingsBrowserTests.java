package app.limber.session;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import app.limber.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each session tunes the next, in a phone's browser: rate an exercise "Too easy" on the end screen (by tap, then by
 * keyboard), log it twice, and the routine page says what changed and why; Undo puts the dose back.
 */
class RatingsBrowserTests extends BrowserTestSupport {

	/** Where to save screenshots for a look by eye (-Dratings.screenshots=/tmp); none by default. */
	private static final String SCREENSHOTS = System.getProperty("ratings.screenshots");

	/** The page as it is, then turned sideways (a phone's 844×390) and back. */
	private static void screenshot(Page page, String name) {
		if (SCREENSHOTS != null) {
			page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of(SCREENSHOTS, name + ".png"))
				.setFullPage(true));
			var upright = page.viewportSize();
			page.setViewportSize(upright.height, upright.width);
			page.screenshot(new Page.ScreenshotOptions()
				.setPath(java.nio.file.Path.of(SCREENSHOTS, name + "-sideways.png"))
				.setFullPage(true));
			page.setViewportSize(upright.width, upright.height);
		}
	}

	@Test
	void twoTooEasyRatingsOnTheEndScreenChangeTheDoseExplainedOnTheRoutinePageAndUndoPutsItBack() {
		try (BrowserContext phone = person(390, 844)) {
			String routine = build(phone.newPage());
			Page page = phone.newPage();
			page.navigate("/routines/" + routine);
			List<Map<String, Object>> steps = planSteps(phone, routine);
			int rated = firstMainStep(steps);
			String name = (String) steps.get(rated).get("name");
			String doseBefore = page.locator("#step-" + rated + " .step__dose").innerText();
			assertThat(page.locator("#tuning")).hasCount(0);

			// First session: a tap on "Too easy".
			Page session = endSession(phone, routine);
			Locator choices = session.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("How did " + name + " feel?"));
			assertThat(choices.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("About right"))).isChecked();
			choices.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Too easy")).click();
			assertThat(choices.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Too easy"))).isChecked();
			screenshot(session, "ratings-end-screen");
			if (SCREENSHOTS != null) {
				session.evaluate("() => { document.documentElement.style.fontSize = '200%'; }");
				screenshot(session, "ratings-end-screen-200");
				session.evaluate("() => { document.documentElement.style.fontSize = ''; }");
			}
			logIt(session);

			// Second session: by keyboard, from "About right" one arrow back to "Too easy".
			session = endSession(phone, routine);
			choices = session.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("How did " + name + " feel?"));
			choices.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("About right")).focus();
			session.keyboard().press("ArrowLeft");
			assertThat(choices.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Too easy"))).isChecked();
			logIt(session);
			Object logged = page.evaluate("async () => (await (await fetch('/api/completions')).json())[0].ratings");
			assertThat(logged.toString()).contains("step=" + rated, "rating=easy");

			page.navigate("/routines/" + routine);
			Locator tuning = page.locator("#tuning");
			assertThat(tuning).isVisible();
			assertThat(tuning).containsText(name + ":");
			assertThat(tuning).containsText("you rated it too easy twice");
			String doseAfter = page.locator("#step-" + rated + " .step__dose").innerText();
			screenshot(page, "ratings-routine-page");
			assertThat(doseAfter).isNotEqualTo(doseBefore);

			// The player's start screen says it too.
			Page start = phone.newPage();
			start.navigate("/routines/" + routine + "/session");
			assertThat(start.locator("#tuning")).containsText("you rated it too easy twice");
			screenshot(start, "ratings-start-screen");
			start.close();

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Undo")).click();
			assertThat(page.locator(".notice[role=status]")).containsText("Change undone");
			assertThat(page.locator("#tuning")).hasCount(0);
			assertThat(page.locator("#step-" + rated + " .step__dose")).hasText(doseBefore);
			assertThat(page.locator("#step-" + rated + " .step__dose")).not().hasText(doseAfter);
		}
	}

	@Test
	void oneTapDuringARestRatesTheExerciseAndTheEndScreenStartsFromIt() {
		try (BrowserContext phone = person(390, 844)) {
			String routine = build(phone.newPage(), 15);
			List<Map<String, Object>> steps = planSteps(phone, routine);
			int rested = -1;
			for (int i = 0; i < steps.size() && rested < 0; i++) {
				if (segments(steps.get(i)).stream().anyMatch((segment) -> "rest".equals(segment.get("type")))) {
					rested = i;
				}
			}
			assertThat(rested).as("a step with a rest between sets").isNotNegative();
			Page page = phone.newPage();
			long now = System.currentTimeMillis();
			page.clock().install(new Clock.InstallOptions().setTime(now));
			page.navigate("/routines/" + routine + "/session");
			page.clock().pauseAt(now + 60_000);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
			assertThat(page.locator("#player-rate")).isHidden();
			for (int i = 0; i < rested; i++) {
				page.keyboard().press("ArrowRight");
			}
			int beforeRest = 0;
			for (Map<String, Object> segment : segments(steps.get(rested))) {
				if ("rest".equals(segment.get("type"))) {
					break;
				}
				beforeRest += ((Number) segment.get("seconds")).intValue();
			}
			page.clock().runFor(beforeRest * 1000L + 1500);
			assertThat(page.locator("#player-label")).hasText("Rest");
			Locator hard = page.locator("#player-rate").getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName("Too hard"));
			hard.click();
			assertThat(hard).hasAttribute("aria-pressed", "true");
			screenshot(page, "ratings-rest");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End").setExact(true)).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End and log")).click();
			String name = (String) steps.get(rested).get("name");
			Locator choices = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("How did " + name + " feel?"));
			assertThat(choices.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Too hard"))).isChecked();
			// The steps never reached are skipped: nothing to rate.
			String notReached = (String) steps.get(steps.size() - 1).get("name");
			assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("How did " + notReached + " feel?")))
				.hasCount(0);
			assertThat(page.locator("#end")).containsText(notReached);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log it")).click();
			page.waitForURL("**/history?notice=logged");
			Object logged = page.evaluate("async () => (await (await fetch('/api/completions')).json())[0].ratings");
			assertThat(logged.toString()).isEqualTo("[{step=" + rested + ", rating=hard}]");

			// One "too hard" is enough: the routine page says what eased and why.
			page.navigate("/routines/" + routine);
			assertThat(page.locator("#tuning")).containsText(name);
			assertThat(page.locator("#tuning")).containsText("too hard");
			screenshot(page, "ratings-routine-page-hard");
		}
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> segments(Map<String, Object> step) {
		return (List<Map<String, Object>>) step.get("segments");
	}

	/** Opens the player on a fake clock, starts, plays the whole routine and arrives on the end screen. */
	private static Page endSession(BrowserContext phone, String routine) {
		Page page = phone.newPage();
		long now = System.currentTimeMillis();
		page.clock().install(new Clock.InstallOptions().setTime(now));
		page.navigate("/routines/" + routine + "/session");
		page.clock().pauseAt(now + 60_000);
		long seconds = ((Number) page.evaluate("() => JSON.parse(document.getElementById('session-plan').textContent)"
				+ ".steps.flatMap((step) => step.segments).reduce((sum, segment) => sum + segment.seconds, 0)")).longValue();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
		page.clock().runFor(seconds * 1000 + 5_000);
		assertThat(page.locator("#end")).isVisible();
		return page;
	}

	private static void logIt(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log it")).click();
		page.waitForURL("**/history?notice=logged");
		page.close();
	}

	private static String build(Page page) {
		return build(page, 5);
	}

	private static String build(Page page, int minutes) {
		page.navigate("/routines/new");
		page.locator("input[name=safetyReviewed]").check();
		page.locator("#minutes").fill(String.valueOf(minutes));
		page.locator("input[name=focus][value=tight]").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build my routine")).click();
		page.waitForURL(Pattern.compile(".*/routines/[0-9a-f-]{36}.*"));
		Matcher id = Pattern.compile("/routines/([0-9a-f-]{36})").matcher(page.url());
		assertThat(id.find()).isTrue();
		page.close();
		return id.group(1);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> planSteps(BrowserContext phone, String routine) {
		Page page = phone.newPage();
		page.navigate("/routines/" + routine + "/session");
		List<Map<String, Object>> steps = (List<Map<String, Object>>) page
			.evaluate("() => JSON.parse(document.getElementById('session-plan').textContent).steps");
		page.close();
		return steps;
	}

	private static int firstMainStep(List<Map<String, Object>> steps) {
		for (int i = 0; i < steps.size(); i++) {
			Object phase = steps.get(i).get("phase");
			if ("stretch".equals(phase) || "strengthen".equals(phase)) {
				return i;
			}
		}
		throw new AssertionError("no main step");
	}

}
