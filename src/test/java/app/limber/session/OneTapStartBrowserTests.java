package app.limber.session;

import java.nio.file.Path;

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
 * From the home page to a running session, counting every tap a person makes: a new person needs at most three
 * plus their safety answers, a returning person one. "Running" means the player is on screen and its countdown
 * moves when (Playwright's fake) time does.
 */
class OneTapStartBrowserTests extends BrowserTestSupport {

	/** Where to save screenshots for a look by eye (-Dhome.screenshots=/tmp/dir); none by default. */
	private static final String SCREENSHOTS = System.getProperty("home.screenshots");

	@Test
	void aNewPersonStartsInThreeTapsPlusTheSafetyAnswersAndComesBackToOneTap() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = pausedClock(phone);
			Taps taps = new Taps();
			page.navigate("/");
			screenshot(page, "home-new-390");
			assertThat(page.locator("#start-today")).hasCount(0);

			taps.tap(page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Build my routine")));
			assertThat(page).hasURL(baseUrl() + "/routines/new");
			// The minimum is answered already: 15 minutes, a focus and the floor are chosen for them.
			assertThat(page.locator("#minutes")).hasValue("15");
			assertThat(page.locator("input[name=focus]:checked")).hasCount(1);
			assertThat(page.locator("input[name=setting]:checked")).hasCount(1);
			assertThat(page.getByText("No floor — chair and standing only")).isVisible();
			// Everything else waits behind "More options".
			assertThat(page.locator("#more-options")).not().hasAttribute("open", "");
			assertThat(page.locator("#name")).isHidden();
			screenshot(page, "builder-390");

			taps.safetyAnswer(page.locator("input[name=safetyReviewed]"));
			taps.tap(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build my routine")));
			assertThat(page).hasURL(java.util.regex.Pattern.compile("/routines/[0-9a-f-]{36}/session$"));
			assertThat(page.getByText("Your routine is saved")).isVisible();

			taps.tap(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")));
			assertRunning(page);
			assertThat(taps.taps).isEqualTo(3);
			assertThat(taps.safetyAnswers).isEqualTo(1);

			// Back on the home page later: it offers that routine, one tap from running.
			page.navigate("/");
			screenshot(page, "home-returning-390");
			Taps again = new Taps();
			again.tap(page.locator("#start-today"));
			assertRunning(page);
			assertThat(again.taps).isEqualTo(1);
			// The start is not in the address any more: a reload shows the start screen, not a second run.
			assertThat(page.url()).doesNotContain("start=");
		}
	}

	@Test
	void aReturningPersonStartsTheirDailyRoutineWithOneTapOnAPhoneLyingSideways() {
		try (BrowserContext sideways = person(844, 390)) {
			Page page = sideways.newPage();
			build(page, "Morning back");
			build(page, "Desk break");
			// They mark the older one as theirs: the home page offers it although the other is newer.
			page.navigate("/routines");
			Locator morning = page.locator(".routine-list li").filter(new Locator.FilterOptions().setHasText("Morning back"));
			morning.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Make it my daily routine")).click();
			assertThat(page.getByText("This is now your daily routine")).isVisible();
			screenshot(page, "routines-844");

			pausedClock(sideways);
			page.navigate("/");
			assertThat(page.locator(".today__routine")).containsText("Morning back");
			Locator start = page.locator("#start-today");
			assertThat(start).isInViewport();
			screenshot(page, "home-returning-844");
			start.click();
			assertRunning(page);
			assertThat(page.locator("#player-name")).isVisible();
		}
	}

	@Test
	void myRoutinesStartsEachRoutineWithOneTap() {
		try (BrowserContext laptop = person(1280, 800)) {
			Page page = laptop.newPage();
			build(page, "Lunch stretch");
			pausedClock(laptop);
			page.navigate("/routines");
			screenshot(page, "routines-1280");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Start Lunch stretch")).click();
			assertRunning(page);
		}
	}

	@Test
	void theBuildersErrorSummaryTakesTheFocusAndEachLinkLeadsToItsAnswer() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = phone.newPage();
			page.navigate("/routines/new");
			page.locator("#minutes").fill("45");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build my routine")).click();
			Locator summary = page.locator("#form-errors");
			assertThat(summary).isVisible();
			assertThat(summary).isFocused();
			assertThat(summary).isInViewport();
			screenshot(page, "builder-errors-390");
			summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("The longest routine is 30 minutes.")).click();
			assertThat(page.locator("#minutes")).isFocused();
			summary.locator("a[href='#safetyReviewed']").click();
			assertThat(page.locator("#safetyReviewed")).isFocused();
		}
	}

	/** The player is on screen and its countdown goes down by one when a second passes. */
	private static void assertRunning(Page page) {
		assertThat(page.locator("#player")).isVisible();
		assertThat(page.locator("#session-intro")).isHidden();
		Locator count = page.locator("#player-count");
		assertThat(count).hasText(java.util.regex.Pattern.compile("^\\d+$"));
		int before = Integer.parseInt(count.textContent().strip());
		page.clock().runFor(1000);
		assertThat(count).hasText(String.valueOf(before - 1));
	}

	/** Playwright's clock, installed and paused: from here on time in the pages moves only by runFor. */
	private static Page pausedClock(BrowserContext context) {
		Page page = context.pages().isEmpty() ? context.newPage() : context.pages().get(0);
		long now = System.currentTimeMillis();
		page.clock().install(new Clock.InstallOptions().setTime(now));
		page.clock().pauseAt(now + 1000);
		return page;
	}

	private static void build(Page page, String name) {
		page.navigate("/routines/new");
		page.locator("input[name=safetyReviewed]").check();
		page.locator("#minutes").fill("5");
		page.locator("#more-options > summary").click();
		page.locator("#name").fill(name);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build my routine")).click();
		assertThat(page).hasURL(java.util.regex.Pattern.compile("/session$"));
	}

	private static void screenshot(Page page, String name) {
		if (SCREENSHOTS != null) {
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(SCREENSHOTS, name + ".png")).setFullPage(true));
		}
	}

	/** Counts what a person taps: taps that move them on, and safety answers, which the issue counts apart. */
	private static final class Taps {

		int taps;

		int safetyAnswers;

		void tap(Locator target) {
			assertThat(target).isVisible();
			target.click();
			this.taps++;
		}

		void safetyAnswer(Locator checkbox) {
			assertThat(checkbox).isVisible();
			checkbox.check();
			this.safetyAnswers++;
		}

	}

}
