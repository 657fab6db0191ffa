package app.limber.offline;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
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

	/**
	 * Waits, inside the page, until the worker's page cache does (or no longer does) keep this session page and the
	 * worker's note of the owner is the page's own. {@code page.waitForFunction} can't do it: it doesn't wait for a
	 * promise (an async predicate is a promise, which is truthy at once). No timer is used, so it works under the
	 * page's fake clock too; it gives up after many reads of the cache.
	 */
	private static final String SETTLED = "async ([path, kept]) => {"
			+ " const tag = document.querySelector('meta[name=\"limber-owner\"]').getAttribute('content');"
			+ " for (let tries = 0; tries < 20000; tries++) {"
			+ "  const note = await (await caches.open('limber-meta')).match('/owner');"
			+ "  const owner = note ? (await note.text()).split(' ')[0] : null;"
			+ "  const keys = await (await caches.open('limber-pages')).keys();"
			+ "  if (owner === tag && keys.some((r) => new URL(r.url).pathname === path) === kept) { return true; }"
			+ " }"
			+ " return false; }";

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
			settled(page, "/routines/" + routineId + "/session", true);

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

	/**
	 * The next person on the same phone: once the first person's cookies are gone (a shared phone handed over, the
	 * site's data cleared but the worker kept), nothing the first person opened is shown offline, neither their
	 * session page (which carries their own panels: no "made for someone else" note) nor any owner page. Late news
	 * from the first person's pages (a message or a fetch that was still on its way) must not bring it back.
	 */
	@Test
	void theNextPersonOnTheSamePhoneFindsNothingOfTheFirstOffline() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = phone.newPage();
			String routineId = build(page, "First person's routine");
			String session = "/routines/" + routineId + "/session";
			settled(page, session, true);
			assertThat(page.locator(".panel--safety")).hasCount(0);
			String firstTag = page.locator("meta[name=limber-owner]").getAttribute("content");
			page.navigate("/routines/" + routineId);
			page.navigate("/history");

			phone.clearCookies();
			page.navigate("/");
			// The next person's first page tells the worker: it forgets the first person's pages.
			settled(page, session, false);
			// A late note from one of the first person's pages (one that loaded while the worker was busy) must not
			// bring them back: the worker asks the server whose browser this is before it believes a change.
			page.evaluate("async ([tag, url]) => (await navigator.serviceWorker.ready).active"
					+ ".postMessage({ type: 'page', tag, lang: 'en', url })", List.of(firstTag, baseUrl() + session));

			phone.setOffline(true);
			for (String path : List.of(session, "/routines/" + routineId, "/history", "/routines")) {
				Page probe = phone.newPage();
				Response response = offlineOpen(probe, path);
				assertThat(response == null || !response.fromServiceWorker())
					.as("%s must not come from the worker's cache for the next person", path)
					.isTrue();
				assertThat(probe.locator("body")).not().containsText("First person");
				probe.close();
			}
			phone.setOffline(false);
		}
	}

	private static void settled(Page page, String session, boolean kept) {
		assertThat(page.evaluate(SETTLED, List.of(session, kept)))
			.as("the worker %s %s for this page's owner", kept ? "keeps" : "keeps no", session)
			.isEqualTo(true);
	}

	/** Opens a page with the network off: null when nothing answers (the browser's own offline page). */
	private static Response offlineOpen(Page page, String path) {
		try {
			return page.navigate(path);
		}
		catch (PlaywrightException offline) {
			return null;
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

