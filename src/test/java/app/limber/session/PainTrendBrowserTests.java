package app.limber.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import app.limber.BrowserTestSupport;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Several weeks of sessions, then the history's pain trend as a person sees it on a phone and on paper. */
class PainTrendBrowserTests extends BrowserTestSupport {

	/** Where to save screenshots for a look by eye (-Dtrend.screenshots=/tmp); none by default. */
	private static final String SCREENSHOTS = System.getProperty("trend.screenshots");

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void theChartAndItsWordsShowPainComingDownAndPrint() throws Exception {
		try (BrowserContext phone = person(390, 844)) {
			Page page = phone.newPage();
			page.navigate("/routines/new");
			page.locator("input[name=safetyReviewed]").check();
			page.locator("#minutes").fill("10");
			page.locator("input[name=focus][value=tight]").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Build my routine")).click();
			page.waitForURL(Pattern.compile(".*/routines/[0-9a-f-]{36}.*"));
			Matcher id = Pattern.compile("/routines/([0-9a-f-]{36})").matcher(page.url());
			assertThat(id.find()).isTrue();
			String key = phone.cookies().stream().filter((c) -> c.name.equals("limber_owner")).findFirst().orElseThrow().value;
			UUID owner = this.jdbc.queryForObject("select owner_id from owner_key where key_hash = ?", UUID.class,
					app.limber.system.Secrets.hash(key));
			// eight weeks: pain after sessions easing from 6 to 3, with a week off
			int[][] sessions = { { 55, 7, 6, 10 }, { 53, 7, 6, 12 }, { 48, 6, 6, 10 }, { 41, 6, 5, 15 }, { 34, 6, 5, 10 },
					{ 27, 5, 4, 20 }, { 25, 5, 4, 10 }, { 13, 4, 4, 15 }, { 6, 4, 3, 20 }, { 2, 4, 3, 10 }, { 0, 3, 3, 12 } };
			for (int[] s : sessions) {
				this.jdbc.update("insert into completion (id, owner_id, routine_id, routine_name, completed_on, "
						+ "completed_at, duration_seconds, planned_seconds, pain_before, pain_after) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), owner, UUID.fromString(id.group(1)),
						"Routine", LocalDate.now().minusDays(s[0]), Timestamp.from(Instant.now().minus(s[0], ChronoUnit.DAYS)),
						s[3] * 60, 600, s[1], s[2]);
			}

			page.navigate("/history");
			assertThat(page.locator("#trend-words")).hasText("Your pain after sessions has gone from 6 to 3 in 7 weeks.");
			assertThat(page.locator("svg.trend-chart").first()).isVisible();
			assertThat(page.locator("svg.trend-chart polyline")).hasCount(2);
			assertThat(page.locator("svg.trend-chart circle[r='5']")).hasCount(7 + 1); // seven rated weeks and the legend
			// the screen-reader table: one row per week, read out by its caption
			assertThat(page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Pain and minutes, week by week"))
				.locator("tbody tr")).hasCount(12);
			double width = ((Number) page.evaluate("() => document.querySelector('svg.trend-chart').getBoundingClientRect().width")).doubleValue();
			assertThat(width).isLessThanOrEqualTo(390);
			screenshot(page, "trend-phone");

			byte[] pdf = page.pdf();
			if (SCREENSHOTS != null) {
				Files.write(Path.of(SCREENSHOTS, "trend-print.pdf"), pdf);
			}
			try (var document = Loader.loadPDF(pdf)) {
				assertThat(new PDFTextStripper().getText(document)).contains("Your pain over 12 weeks")
					.contains("gone from 6 to 3 in 7 weeks");
			}
		}
	}

	private static void screenshot(Page page, String name) {
		if (SCREENSHOTS != null) {
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of(SCREENSHOTS, name + ".png")).setFullPage(true));
		}
	}

}
