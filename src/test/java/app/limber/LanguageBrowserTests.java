package app.limber;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** A person whose browser asks for English switches to Spanish with the keyboard, on a phone, and stays there. */
class LanguageBrowserTests extends BrowserTestSupport {

	@Test
	void thePersonSwitchesToSpanishByKeyboardAndItIsRemembered() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = phone.newPage();
			page.navigate("/exercises?kind=stretch");
			assertThat(page.locator("html")).hasAttribute("lang", "en");
			Locator spanish = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español"));
			assertThat(spanish).isInViewport();
			assertThat(spanish).hasAttribute("lang", "es");

			tabTo(page, "Español");
			page.keyboard().press("Enter");

			// The same page, filter kept, in Spanish.
			assertThat(page).hasURL(Pattern.compile("/exercises\\?kind=stretch&lang=es$"));
			assertThat(page.locator("html")).hasAttribute("lang", "es");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Ejercicios");
			assertThat(page.getByLabel("Tipo")).hasValue("stretch");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español")))
				.hasAttribute("aria-current", "true");
			assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);

			// Reloaded, and on another page without ?lang=, still Spanish.
			page.reload();
			assertThat(page.locator("html")).hasAttribute("lang", "es");
			page.navigate("/routines/new");
			assertThat(page.locator("html")).hasAttribute("lang", "es");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Crea tu rutina");
			page.navigate("/no-such-page");
			assertThat(page.locator("html")).hasAttribute("lang", "es");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Página no encontrada");

			// And back to English the same way.
			page.navigate("/routines/new");
			tabTo(page, "English");
			page.keyboard().press("Enter");
			assertThat(page.locator("html")).hasAttribute("lang", "en");
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Build your routine");
		}
	}

	@Test
	void theSwitcherIsNotPrinted() {
		try (BrowserContext laptop = person(1280, 800)) {
			Page page = laptop.newPage();
			page.navigate("/exercises/cat-cow");
			assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Español"))).isVisible();
			page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
			assertThat(page.locator(".languages")).isHidden();
		}
	}

	/** Presses Tab until the link named {@code name} has the focus (as a keyboard user would). */
	private static void tabTo(Page page, String name) {
		for (int i = 0; i < 40; i++) {
			page.keyboard().press("Tab");
			if (name.equals(page.evaluate("() => document.activeElement && document.activeElement.textContent.trim()"))) {
				return;
			}
		}
		throw new AssertionError("Tab never reached " + name);
	}

}
