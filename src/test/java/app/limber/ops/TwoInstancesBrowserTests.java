package app.limber.ops;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.limber.Browser;
import app.limber.BrowserTest;
import app.limber.LimberApplication;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of Limber on one PostgreSQL, driven by one browser, as behind a load balancer: whatever one
 * instance served or saved, the other can read, check and change. Nothing per-visitor lives in an instance's memory.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesBrowserTests {

	private ConfigurableApplicationContext first;

	private ConfigurableApplicationContext second;

	private Browser browser;

	@BeforeAll
	void startTwoInstancesOnOneDatabase() {
		String url = EmbeddedPostgresServer.newDatabase("two_instances");
		this.first = start(url);
		this.second = start(url);
		this.browser = new Browser();
	}

	private static ConfigurableApplicationContext start(String databaseUrl) {
		return new SpringApplicationBuilder(LimberApplication.class).run("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + databaseUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--server.port=0", "--spring.main.banner-mode=off");
	}

	@AfterAll
	void stop() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.second != null) {
			this.second.close();
		}
		if (this.first != null) {
			this.first.close();
		}
	}

	private static String base(ConfigurableApplicationContext instance) {
		return "http://localhost:" + instance.getEnvironment().getProperty("local.server.port");
	}

	@Test
	void aRoutineBuiltOnOneInstanceIsReadEditedAndLoggedOnTheOther() {
		String one = base(this.first);
		String two = base(this.second);
		// Cookies belong to the host, not the port: like one site behind a proxy, both instances get them.
		try (BrowserContext person = this.browser.newContext(one, 1280, 800)) {
			Page page = person.newPage();
			page.navigate(one + "/routines/new");
			page.getByLabel("I have read the questions above and ticked any that apply.").check();
			page.locator("input[name=focus][value=weak]").check();
			page.getByText("More options").click();
			page.getByLabel("Name (optional)").fill("Built on one");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build my routine")).click();
			Matcher id = Pattern.compile("/routines/([0-9a-f-]{36})").matcher(page.url());
			assertThat(id.find()).isTrue();
			String path = "/routines/" + id.group(1);

			// Read and edit on the second instance: it knows the owner from the shared database.
			page.navigate(two + path);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Built on one");
			page.locator("#routine-name").fill("Renamed on two");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Renamed on two");

			// A form served by the first instance, submitted to the second: the CSRF token lives in a cookie, not
			// in the first instance's memory, so the second accepts it.
			page.navigate(one + path);
			String token = page.locator("#rename input[name=_csrf]").inputValue();
			APIResponse submitted = person.request()
				.post(two + path + "/name", RequestOptions.create()
					.setForm(FormData.create().set("_csrf", token).set("name", "Form from one, sent to two"))
					.setMaxRedirects(0));
			assertThat(submitted.status()).isEqualTo(302);
			// Its "Routine updated" travels in a one-time cookie, not in the address, and the first instance shows it.
			assertThat(submitted.headers().get("location")).doesNotContain("notice");
			page.navigate(one + path);
			assertThat(page.getByText("Routine updated.")).isVisible();
			page.reload();
			assertThat(page.getByText("Routine updated.")).hasCount(0);

			// Log on the first, see it everywhere.
			APIResponse logged = person.request()
				.post(one + "/api" + path + "/completions", RequestOptions.create()
					.setHeader("Content-Type", "application/json")
					.setData("{\"durationSeconds\":420}"));
			assertThat(logged.status()).isEqualTo(201);
			for (String instance : new String[] { one, two }) {
				page.navigate(instance + "/history");
				assertThat(page.locator("#history-sessions")).hasText("1");
				page.navigate(instance + "/routines");
				assertThat(page.getByText("Form from one, sent to two")).isVisible();
			}
		}
	}

}
