package app.limber.ops;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.limber.Browser;
import app.limber.BrowserTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browsable API page renders every endpoint in a real Chromium under its Content-Security-Policy, with no
 * violation and no request to another origin, and can call the API.
 */
@BrowserTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsBrowserTests {

	/** Collects every CSP violation the page reports; Playwright's init scripts are not subject to the policy. */
	private static final String REPORT_VIOLATIONS = """
			window.__violations = [];
			document.addEventListener('securitypolicyviolation',
			    (event) => window.__violations.push(event.violatedDirective + ' blocked ' + event.blockedURI));
			""";

	@LocalServerPort
	private int port;

	private Browser browser;

	@BeforeAll
	void startBrowser() {
		this.browser = new Browser();
	}

	@AfterAll
	void stopBrowser() {
		this.browser.close();
	}

	@Test
	void swaggerUiShowsEveryEndpointWithNoPolicyViolationAndCallsTheApi() {
		String origin = "http://localhost:" + this.port;
		try (BrowserContext laptop = this.browser.newContext(origin, 1280, 900)) {
			List<String> problems = new CopyOnWriteArrayList<>();
			List<String> elsewhere = new CopyOnWriteArrayList<>();
			laptop.addInitScript(REPORT_VIOLATIONS);
			Page page = laptop.newPage();
			page.onConsoleMessage((message) -> {
				if (message.type().equals("error") || message.text().contains("Content Security Policy")) {
					problems.add(message.type() + ": " + message.text());
				}
			});
			page.onPageError((error) -> problems.add("page error: " + error));
			page.onRequest((request) -> {
				if (!request.url().startsWith(origin) && !request.url().startsWith("data:")) {
					elsewhere.add(request.url());
				}
			});

			page.navigate("/swagger-ui/index.html");
			// The first /v3/api-docs builds the document (several seconds on a busy machine): wait for it.
			assertThat(page.locator(".information-container .title")).containsText("Limber API",
					new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
			Locator operations = page.locator(".opblock");
			assertThat(operations.first()).isVisible();
			assertThat(operations).hasCount(7);
			assertThat(page.locator(".opblock-summary-path", new Page.LocatorOptions().setHasText("/api/routines/{id}/completions")))
				.isVisible();

			// try the catalogue endpoint from the page: the call goes to this origin and answers 200
			page.locator(".opblock-get", new Page.LocatorOptions().setHas(page.locator("[data-path='/api/exercises/{slug}']")))
				.locator(".opblock-summary")
				.click();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try it out")).click();
			page.locator("input[placeholder='slug']").fill("cat-cow");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Execute")).click();
			assertThat(page.locator(".live-responses-table tbody .response-col_status").first()).hasText("200");
			assertThat(page.locator(".live-responses-table tbody .microlight").first()).containsText("Cat-cow");

			assertThat((List<?>) page.evaluate("() => window.__violations")).as("CSP violations").isEmpty();
			assertThat(problems).as("console errors").isEmpty();
			assertThat(elsewhere).as("requests to other origins").isEmpty();
		}
	}

}
