package app.limber.session;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Clock;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ReducedMotion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.limber.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exercise picture in the player, with Playwright's clock: it moves in the step's own rhythm from the moment the
 * work starts, is mirrored on the second side, shows the easier variation's own picture after "This hurts", and
 * stands still as two positions side by side for anyone who asked for less motion.
 */
class PlayerFigureBrowserTests extends BrowserTestSupport {

	private String routineId;

	@BeforeAll
	void buildRoutine() {
		try (BrowserContext builder = person(1280, 800)) {
			Page page = builder.newPage();
			page.navigate("/routines/new");
			page.locator("input[name=safetyReviewed]").check();
			page.locator("#minutes").fill("15");
			page.locator("input[name=focus][value=tight]").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build my routine")).click();
			page.waitForURL(Pattern.compile(".*/routines/[0-9a-f-]{36}.*"));
			Matcher id = Pattern.compile("/routines/([0-9a-f-]{36})").matcher(page.url());
			assertThat(id.find()).isTrue();
			this.routineId = id.group(1);
		}
	}

	@Test
	void thePictureMovesInTheStepsRhythmFromTheStartOfTheWork() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = open(phone);
			Map<String, Object> first = steps(page).get(0);
			start(page);
			String src = page.locator("#player-picture").getAttribute("src");
			assertThat(src).contains("/figures/" + first.get("slug") + ".svg?v=")
				.contains("tempo=" + first.get("tempoSeconds") + "&hold=" + first.get("holdSeconds"));
			assertThat(page.locator("#player-picture")).hasAttribute("alt", (String) first.get("pictureText"));

			// The work starts: a fresh copy of the picture, so its first rep starts with the countdown's.
			page.clock().runFor(10_000);
			String working = page.locator("#player-picture").getAttribute("src");
			assertThat(working).startsWith(src).contains("&at=");
			String svg = (String) page.evaluate("src => fetch(src).then((r) => r.text())", working);
			assertThat(svg).contains("<animate", "dur=\"" + first.get("secondsPerRep") + ".0s\" begin=\"");
			assertThat(page.locator("#player-picture")).isVisible();
			assertThat(page.locator("#player-stills")).isHidden();
		}
	}

	@Test
	void theSecondSideIsMirroredAndTheEasierVariationHasItsOwnPicture() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = open(phone);
			List<Map<String, Object>> steps = steps(page);
			int sided = indexOf(steps, (step) -> Boolean.TRUE.equals(step.get("perSide")) && step.get("easierIllustration") != null);
			Map<String, Object> step = steps.get(sided);
			start(page);
			for (int i = 0; i < sided; i++) {
				page.keyboard().press("ArrowRight");
			}
			assertThat(page.locator("#player-name")).hasText((String) step.get("name"));
			assertThat(page.locator("#player-figure")).not().hasClass(Pattern.compile(".*mirrored.*"));
			int work = ((Number) step.get("reps")).intValue() * ((Number) step.get("secondsPerRep")).intValue();
			// The get-ready is longer (20 s) when the step means getting down to the floor or back up.
			int getReady = ((Number) ((java.util.Map<?, ?>) ((List<?>) step.get("segments")).get(0)).get("seconds")).intValue();
			page.clock().runFor((getReady + work) * 1000L);
			assertThat(page.locator("#player-label")).hasText("Switch sides");
			assertThat(page.locator("#player-figure")).hasClass(Pattern.compile(".*player__figure--mirrored.*"));
			assertThat((String) page.locator("#player-picture").evaluate("img => getComputedStyle(img).transform"))
				.startsWith("matrix(-1");

			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("This hurts")).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try the easier version")).click();
			assertThat(page.locator("#player-picture")).hasAttribute("src",
					Pattern.compile(".*/figures/" + step.get("slug") + "\\.svg\\?.*version=easier.*"));
			assertThat(page.locator("#player-picture")).hasAttribute("alt", (String) step.get("easier"));
		}
	}

	@Test
	void withLessMotionThePlayerShowsTheTwoPositionsStill() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = phone.newPage();
			page.emulateMedia(new Page.EmulateMediaOptions().setReducedMotion(ReducedMotion.REDUCE));
			long now = System.currentTimeMillis();
			page.clock().install(new Clock.InstallOptions().setTime(now));
			page.navigate("/routines/" + this.routineId + "/session");
			page.clock().pauseAt(now + 60_000);
			Map<String, Object> first = steps(page).get(0);
			start(page);
			page.clock().runFor(10_000);
			assertThat(page.locator("#player-picture")).isHidden();
			assertThat(page.locator("#player-still-start")).isVisible();
			assertThat(page.locator("#player-still-end")).isVisible();
			assertThat(page.locator("#player-still-start")).hasAttribute("src",
					Pattern.compile(".*/figures/" + first.get("slug") + "-start\\.svg.*"));
			assertThat(page.locator("#player-still-end")).hasAttribute("src",
					Pattern.compile(".*/figures/" + first.get("slug") + "-end\\.svg.*"));
			String svg = (String) page.evaluate("src => fetch(src).then((r) => r.text())",
					page.locator("#player-still-end").getAttribute("src"));
			assertThat(svg).contains("<svg").doesNotContain("<animate");
			double width = ((Number) page.locator("#player-stills").evaluate("s => s.getBoundingClientRect().width"))
				.doubleValue();
			assertThat(width).isGreaterThanOrEqualTo(300);
		}
	}

	private Page open(BrowserContext context) {
		Page page = context.newPage();
		long now = System.currentTimeMillis();
		page.clock().install(new Clock.InstallOptions().setTime(now));
		page.navigate("/routines/" + this.routineId + "/session");
		page.clock().pauseAt(now + 60_000);
		return page;
	}

	private static void start(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
		assertThat(page.locator("#player")).isVisible();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> steps(Page page) {
		return (List<Map<String, Object>>) page
			.evaluate("() => JSON.parse(document.getElementById('session-plan').textContent).steps");
	}

	private static int indexOf(List<Map<String, Object>> steps, java.util.function.Predicate<Map<String, Object>> test) {
		for (int i = 0; i < steps.size(); i++) {
			if (test.test(steps.get(i))) {
				return i;
			}
		}
		throw new AssertionError("no such step in " + steps.stream().map((s) -> s.get("slug")).toList());
	}

}
