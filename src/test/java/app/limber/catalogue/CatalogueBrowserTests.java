package app.limber.catalogue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import app.limber.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class CatalogueBrowserTests extends BrowserTestSupport {

	@Test
	void aPersonOnAPhoneFiltersTheCatalogueAndOpensAnExercise() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = phone.newPage();
			page.navigate("/");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Browse the exercises")).click();
			assertThat(page).hasURL("http://localhost:" + this.port + "/exercises");

			page.getByLabel("Kind").selectOption("stretch");
			page.getByLabel("No floor needed").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show exercises")).click();

			assertThat(page).hasURL(java.util.regex.Pattern.compile("kind=stretch.*noFloor=true"));
			Locator cards = page.locator(".card");
			assertThat(cards.first()).isVisible();
			for (String kind : cards.locator(".tag").allTextContents()) {
				assertThat(kind).isEqualTo("Stretch");
			}
			assertThat(page.locator(".card", new Page.LocatorOptions().setHasText("Child's pose"))).hasCount(0);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Standing hamstring stretch")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("Standing hamstring stretch");
			Locator picture = page.locator(".exercise__figure img");
			assertThat(picture).isVisible();
			// Drawn on first request: on a busy machine it can arrive after the heading does.
			page.waitForFunction("img => img.complete && img.naturalWidth > 0", picture.elementHandle());
			assertThat((Integer) picture.evaluate("img => img.naturalWidth")).isPositive();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("How to do it"))).isVisible();
			// Nothing sticks out sideways on a 390 px phone.
			assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
		}
	}

	@Test
	void aTapAnywhereOnAnExerciseCardOpensTheExercise() {
		try (BrowserContext phone = person(390, 844)) {
			Page page = phone.newPage();
			page.navigate("/exercises");
			Locator card = page.locator(".card", new Page.LocatorOptions().setHasText("Bird-dog")).first();
			String name = card.locator(".card__title").textContent().strip();
			// On the picture, on the tags and on the dose line: each tap opens the exercise, not only its title.
			for (String part : new String[] { ".card__picture", ".card__meta", ".card__dose" }) {
				page.navigate("/exercises");
				Locator target = page.locator(".card", new Page.LocatorOptions().setHasText(name)).first().locator(part);
				target.scrollIntoViewIfNeeded();
				var box = target.boundingBox();
				page.mouse().click(box.x + box.width / 2, box.y + box.height / 2);
				assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
			}
		}
	}

	@Test
	void anEmptyResultOffersToClearTheFilters() {
		try (BrowserContext laptop = person(1280, 800)) {
			Page page = laptop.newPage();
			page.navigate("/exercises?q=trampoline");
			assertThat(page.getByText("No exercise matches all of these filters.")).isVisible();
			page.locator(".empty").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Clear filters")).click();
			assertThat(page.locator(".card").first()).isVisible();
		}
	}

}
