package app.limber.account;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import app.limber.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Two people on one installation, each in a browser of their own: neither sees the other's data. */
class TwoPeopleBrowserTests extends BrowserTestSupport {

	private BrowserContext person() {
		return person(390, 844);
	}

	private static String buildRoutine(Page page, String name, String avoid) {
		page.navigate("/routines/new");
		page.getByLabel("I have read the questions above and ticked any that apply.").check();
		page.locator("input[name=focus][value=tight]").check();
		page.locator("input[name=avoid][value=" + avoid + "]").check();
		page.getByText("More options").click();
		page.getByLabel("Name (optional)").fill(name);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build my routine")).click();
		assertThat(page).hasURL(Pattern.compile("/routines/[0-9a-f-]{36}/session$"));
		return page.url().replaceAll("/session$", "");
	}

	/** Logs a finished session the way the player's "Log it" does, with that person's cookies. */
	private static void logSession(BrowserContext person, String routineUrl) {
		var response = person.request()
			.post(routineUrl.replace("/routines/", "/api/routines/") + "/completions",
					RequestOptions.create()
						.setHeader("Content-Type", "application/json")
						.setData("{\"durationSeconds\":600,\"painBefore\":3,\"painAfter\":2}"));
		assertThat(response.status()).isEqualTo(201);
	}

	@Test
	void aSharedLinkCanBeViewedAndCopiedButNotEditedAndAnAccountFollowsItsOwner() {
		String email = "a-" + UUID.randomUUID() + "@example.org";
		try (BrowserContext a = person(); BrowserContext b = person(); BrowserContext aElsewhere = person()) {
			Page pageA = a.newPage();
			String link = buildRoutine(pageA, "A's morning routine", "rotation");
			pageA.navigate(link);
			assertThat(pageA.getByText("Your safety answers")).isVisible();

			Page pageB = b.newPage();
			pageB.navigate("/routines");
			assertThat(pageB.getByText("A's morning routine")).hasCount(0);
			assertThat(pageB.getByText("saved a routine in this browser yet")).isVisible();

			pageB.navigate(link);
			assertThat(pageB.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("A's morning routine");
			assertThat(pageB.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Print sheet"))).isVisible();
			assertThat(pageB.getByText("Adjust this step")).hasCount(0);
			assertThat(pageB.getByText("Your safety answers")).hasCount(0);
			assertThat(pageB.getByText("Twisting hurts")).hasCount(0);

			// B can play and print A's routine from the link...
			pageB.navigate(link + "/session");
			assertThat(pageB.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))).isVisible();
			pageB.navigate(link + "/sheet");
			assertThat(pageB.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.hasText("A's morning routine");
			// ...and A logs a session of it, which only A's history shows.
			logSession(a, link);
			Page historyA = a.newPage();
			historyA.navigate("/history");
			assertThat(historyA.locator("#history-sessions")).hasText("1");
			pageB.navigate("/history");
			assertThat(pageB.getByText("No sessions yet.")).isVisible();

			pageB.navigate(link);
			pageB.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Make it mine")).click();
			pageB.getByLabel("I have read the questions above and ticked any that apply.").check();
			pageB.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Copy it into my routines")).click();
			assertThat(pageB).hasURL(Pattern.compile("/routines/[0-9a-f-]{36}$"));
			assertThat(pageB.getByText("This routine is now yours")).isVisible();
			assertThat(pageB.getByText("Adjust this step").first()).isVisible();
			String copy = pageB.url().replaceAll("\\?.*", "");
			assertThat(copy).isNotEqualTo(link);
			logSession(b, copy);
			pageB.navigate("/routines");
			assertThat(pageB.getByText("A's morning routine")).hasCount(1);
			pageB.navigate("/history");
			assertThat(pageB.locator("#history-sessions")).hasText("1");
			historyA.reload();
			assertThat(historyA.locator("#history-sessions")).hasText("1");

			pageA.navigate("/signup");
			pageA.getByLabel("Email").fill(email);
			pageA.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("a long enough password");
			pageA.getByLabel("Password again").fill("a long enough password");
			pageA.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
			assertThat(pageA.getByText("Your account is ready")).isVisible();
			assertThat(pageA.getByText("A's morning routine")).isVisible();

			Page elsewhere = aElsewhere.newPage();
			elsewhere.navigate("/signin");
			elsewhere.getByLabel("Email").fill(email);
			elsewhere.getByLabel("Password").fill("a long enough password");
			elsewhere.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
			assertThat(elsewhere.getByText("You are signed in")).isVisible();
			assertThat(elsewhere.getByText("A's morning routine")).hasCount(1);
			elsewhere.navigate(link);
			assertThat(elsewhere.getByText("Your safety answers")).isVisible();
		}
	}

}
