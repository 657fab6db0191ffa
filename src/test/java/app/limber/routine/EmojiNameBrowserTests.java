package app.limber.routine;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import app.limber.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A name of 80 emoji is 80 characters to a person and to the server, but 160 UTF-16 units to the browser's
 * {@code maxlength}: typed into the forms it must be kept whole, and the 81st refused by the server's own words.
 */
class EmojiNameBrowserTests extends BrowserTestSupport {

	private static final String EIGHTY = "\uD83E\uDDD8".repeat(40) + "\uD83D\uDCAA".repeat(40);

	@Test
	void eightyEmojiAreTypedAndSavedThroughTheBuilderAndTheRenameForm() {
		try (BrowserContext person = person(390, 844)) {
			Page page = person.newPage();
			page.navigate("/routines/new");
			page.getByLabel("I have read the questions above and ticked any that apply.").check();
			page.locator("input[name=focus][value=tight]").check();
			page.getByText("More options").click();
			page.getByLabel("Name (optional)").pressSequentially(EIGHTY);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build my routine")).click();
			assertThat(page).hasURL(Pattern.compile("/routines/[0-9a-f-]{36}/session$"));
			String routine = page.url().replaceAll("/session$", "");
			page.navigate(routine);
			Page.GetByRoleOptions heading = new Page.GetByRoleOptions().setLevel(1);
			assertThat(page.getByRole(AriaRole.HEADING, heading)).hasText(EIGHTY);

			page.locator("#routine-name").fill("");
			page.locator("#routine-name").pressSequentially("\uD83C\uDF05" + EIGHTY.substring(2));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name")).click();
			assertThat(page.getByRole(AriaRole.HEADING, heading)).hasText("\uD83C\uDF05" + EIGHTY.substring(2));

			page.locator("#routine-name").pressSequentially("\uD83C\uDF05");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name")).click();
			assertThat(page.locator("#name-error")).hasText("Please keep the name to 80 characters or fewer.");
			assertThat(page.getByRole(AriaRole.HEADING, heading)).hasText("\uD83C\uDF05" + EIGHTY.substring(2));
		}
	}

}
