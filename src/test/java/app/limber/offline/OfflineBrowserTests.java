package app.limber.offline;

import java.nio.file.Path;
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
 * Installed and offline: a session opened once opens again with the network off, plays, and its log waits on the
 * device until the network is back, then lands in history once.
 */
class OfflineBrowserTests extends BrowserTestSupport {

	/** Where to save screenshots for a look by eye (-Doffline.screenshots=/tmp); none by default. */
	private static final String SCREENSHOTS = System.getProperty("offline.screenshots");

	private static final Pattern ROUTINE = Pattern.compile("/routines/([0-9a-f-]{36})");

	@Test
	void aSavedSessionRunsOfflineAndItsLogIsSentOnceWhenTheNetworkReturns() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = phone.newPage();
			String routineId = build(page, "Basement routine");

			// Open the session once, online: the worker installs and keeps the page.
			long start = System.currentTimeMillis();
			page.clock().install(new Clock.InstallOptions().setTime(start));
			page.navigate("/routines/" + routineId + "/session");
			page.clock().pauseAt(start + 60_000);
			page.waitForFunction("async () => { const c = await caches.open('limber-pages');"
					+ " return (await c.keys()).some((r) => r.url.endsWith('/session')); }");

			// The routine is renamed afterwards: an offline reload that shows the old name came from the device.
			Page other = phone.newPage();
			other.navigate("/routines/" + routineId);
			other.locator("#routine-name").fill("Renamed later");
			other.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name")).click();
			assertThat(other.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Renamed later");
			other.close();

			phone.setOffline(true);
			page.reload();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Basement routine");
			assertThat(page.locator("#session-start")).isVisible();
			assertThat(page.locator(".step__picture, #player-picture, img[src*='/figures/']").first()).isAttached();
			boolean picturesLoaded = (Boolean) page.evaluate("() => { const pictures = [...document.images].filter((i) => i.src.includes('/figures/'));"
					+ " return pictures.length > 0 && pictures.every((i) => i.complete && i.naturalWidth > 0); }");
			assertThat(picturesLoaded).as("exercise pictures come from the device").isTrue();
			screenshot(page, "offline-session");

			int total = (Integer) page.evaluate("() => JSON.parse(document.getElementById('session-plan').textContent).totalSeconds");
			page.locator("#pain-before").selectOption("5");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start")).click();
			page.clock().runFor(total * 1000L);
			assertThat(page.locator("#end")).isVisible();
			page.locator("#pain-after").selectOption("3");
			// The last exercise rated "Too hard": the rating waits on the device with the rest of the log.
			page.locator("#end-steps fieldset.rate").last().getByRole(AriaRole.RADIO,
					new Locator.GetByRoleOptions().setName("Too hard")).check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log it")).click();

			assertThat(page.locator("#log-queued")).isVisible();
			assertThat(page.evaluate("() => JSON.parse(localStorage.getItem('limber.offline.completions')).length")).isEqualTo(1);
			assertThat(page.evaluate("() => JSON.parse(localStorage.getItem('limber.offline.completions'))[0].body.ratings"
					+ ".map((r) => r.rating).join()")).isEqualTo("hard");
			screenshot(page, "offline-queued");

			phone.setOffline(false);
			page.waitForFunction("() => localStorage.getItem('limber.offline.completions') === null");
			page.navigate("/history");
			assertThat(page.locator("#history-sessions")).hasText("1");
			assertThat(page.locator(".session-log__item")).containsText("Pain 5 → 3");
			assertThat(page.evaluate("async () => (await (await fetch('/api/completions')).json())[0].ratings"
					+ ".map((r) => r.rating).join()")).isEqualTo("hard");

			// A later page, or a second tab, sending again finds nothing left to send: logged once.
			page.reload();
			assertThat(page.locator("#history-sessions")).hasText("1");
		}
	}

	private static String build(Page page, String name) {
		page.navigate("/routines/new");
		page.locator("input[name=safetyReviewed]").check();
		page.locator("#minutes").fill("5");
		page.locator("input[name=focus][value=tight]").check();
		page.locator("#more-options summary").click();
		page.locator("#name").fill(name);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build my routine")).click();
		page.waitForURL(Pattern.compile(".*/routines/[0-9a-f-]{36}.*"));
		Matcher id = ROUTINE.matcher(page.url());
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	private static void screenshot(Page page, String name) {
		if (SCREENSHOTS != null) {
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(SCREENSHOTS, name + ".png")).setFullPage(true));
		}
	}

}
