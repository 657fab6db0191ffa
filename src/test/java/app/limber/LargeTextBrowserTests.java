package app.limber;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text at 200 % on a 390 px phone: the catalogue, an exercise, the history and the player keep everything on the
 * screen's width. Nothing sticks out sideways or is cut off, and the page never scrolls horizontally.
 */
class LargeTextBrowserTests extends BrowserTestSupport {

	/** Elements that stick out of the page's width, or whose content is wider than their clipped box. */
	private static final String CUT_OFF = """
			() => {
			  const width = document.documentElement.clientWidth;
			  const found = [];
			  for (const element of document.querySelectorAll('body *')) {
			    const box = element.getBoundingClientRect();
			    if (box.width === 0 || box.height === 0 || element.closest('.visually-hidden, [hidden]')) continue;
			    const style = getComputedStyle(element);
			    if (style.visibility === 'hidden') continue;
			    const clipped = ['hidden', 'clip'].includes(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
			    if (box.left < -1 || box.right > width + 1 || clipped) {
			      found.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
			        + (element.className && typeof element.className === 'string' ? '.' + element.className.split(' ')[0] : '')
			        + ' ' + Math.round(box.left) + '..' + Math.round(box.right));
			    }
			  }
			  return { scrolls: document.documentElement.scrollWidth > window.innerWidth, found };
			}
			""";

	@Test
	void theCatalogueAnExerciseAndTheHistoryFitAtDoubleTextSize() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = phone.newPage();
			String routine = routine(phone);
			APIResponse logged = phone.request()
				.post("/api/routines/" + routine + "/completions", RequestOptions.create()
					.setData(Map.of("durationSeconds", 600, "painBefore", 4, "painAfter", 2, "date",
							LocalDate.now().toString(), "skippedSteps", List.of(1))));
			assertThat(logged.status()).isEqualTo(201);

			for (String path : List.of("/exercises", "/exercises/cat-cow", "/exercises/side-plank", "/history")) {
				page.navigate(path);
				doubleText(page);
				assertFits(page, path);
			}
		}
	}

	@Test
	void thePlayerFitsAtDoubleTextSizeAndKeepsItsControlsOnScreen() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = phone.newPage();
			page.navigate("/routines/" + routine(phone) + "/session");
			doubleText(page);
			assertFits(page, "the session's start");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();
			assertFits(page, "the player");
			for (String control : List.of("#btn-pause", "#btn-next", "#btn-hurt")) {
				var box = page.locator(control).boundingBox();
				assertThat(box.y + box.height).as(control).isLessThanOrEqualTo(844);
				assertThat(box.y).as(control).isGreaterThanOrEqualTo(0);
			}
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End").setExact(true)).click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End and log")).click();
			assertThat(page.locator("#end")).isVisible();
			assertFits(page, "the end of the session");
		}
	}

	/** The browser's text size at 200 %, as a phone's accessibility setting makes it. */
	private static void doubleText(Page page) {
		page.evaluate("() => { document.documentElement.style.fontSize = '200%'; }");
	}

	@SuppressWarnings("unchecked")
	private static void assertFits(Page page, String what) {
		Map<String, Object> result = (Map<String, Object>) page.evaluate(CUT_OFF);
		assertThat((List<String>) result.get("found")).as("cut off or sticking out on " + what).isEmpty();
		assertThat(result.get("scrolls")).as(what + " scrolls sideways").isEqualTo(false);
	}

	private static String routine(BrowserContext context) {
		APIResponse created = context.request()
			.post("/api/routines", RequestOptions.create()
				.setData(Map.of("minutes", 15, "focus", "tight", "level", "beginner", "setting", "floor", "avoid", List.of())));
		assertThat(created.status()).isEqualTo(201);
		String location = created.headers().get("location");
		return location.substring(location.lastIndexOf('/') + 1);
	}

}
