package app.limber.reminder;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import app.limber.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Subscribing to the daily reminder from a fresh browser, in the person's own time zone, then reading the feed. */
class ReminderBrowserTests extends BrowserTestSupport {

	/** Where to save screenshots for a look by eye (-Dreminder.screenshots=/tmp); none by default. */
	private static final String SCREENSHOTS = System.getProperty("reminder.screenshots");

	@Test
	void aFreshBrowserInTokyoGetsAReminderAtEightInTokyo() throws Exception {
		try (BrowserContext context = this.browser.newContext(new NewContextOptions().setBaseURL(baseUrl())
			.setViewportSize(390, 844)
			.setTimezoneId("Asia/Tokyo"))) {
			Page page = context.newPage();
			page.navigate("/routines/new");
			page.locator("input[name=safetyReviewed]").check();
			page.locator("#minutes").fill("5");
			page.locator("input[name=focus][value=tight]").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build my routine")).click();
			// The builder goes straight to the session; the reminder lives on the routine's own page.
			assertThat(page).hasURL(Pattern.compile("/routines/[0-9a-f-]{36}/session"));
			page.navigate(page.url().replace("/session", ""));

			assertThat(page.getByLabel("Remind me every day at")).hasValue("08:00");
			assertThat(page.locator("#reminder input[name=days]:checked")).hasCount(7);
			assertThat(page.locator("#reminder input[name=detectedZone]")).hasValue("Asia/Tokyo");
			screenshot(page, "reminder-routine-panel");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remind me")).click();

			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Add it to your calendar")))
				.isVisible();
			String webcal = page.locator("#reminder-webcal").getAttribute("href");
			String https = page.locator("#reminder-https").inputValue();
			assertThat(webcal).startsWith("webcal://localhost:" + this.port + "/calendar/").endsWith(".ics");
			assertThat(https).isEqualTo("http" + webcal.substring("webcal".length()));
			assertThat(page.locator("#reminder-download")).hasAttribute("download", "limber-reminder.ics");
			screenshot(page, "reminder-link");

			APIResponse feed = context.request().get(https);
			assertThat(feed.status()).isEqualTo(200);
			Calendar calendar = new CalendarBuilder().build(new StringReader(feed.text()));
			List<VEvent> events = calendar.getComponents("VEVENT");
			assertThat(events).hasSize(1);
			VEvent event = events.get(0);
			assertThat(event.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue())
				.isEqualTo("Asia/Tokyo");
			assertThat(((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toLocalTime()).hasToString("08:00");
			assertThat(event.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=DAILY");
			assertThat(event.getAlarms()).hasSize(1);
			assertThat(event.getUrl().getValue()).endsWith("/session");

			page.navigate(event.getUrl().getValue());
			assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start"))).isVisible();
		}
	}

	private static void screenshot(Page page, String name) {
		if (SCREENSHOTS != null) {
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(SCREENSHOTS, name + ".png")).setFullPage(true));
		}
	}

}
