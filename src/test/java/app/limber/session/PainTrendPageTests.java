package app.limber.session;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.limber.system.Secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Logging sessions over several weeks and reading the pain trend on /history, in words, chart, table and export. */
@SpringBootTest
@AutoConfigureMockMvc
class PainTrendPageTests {

	private static final Pattern ROUTINE_URL = Pattern.compile("/routines/([0-9a-f-]{36})");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	/** A browser with a routine: [routine id, owner cookie, owner id]. */
	private Object[] browser() {
		MvcTestResult result = this.mvc.post().uri("/routines").with(csrf())
			.param("minutes", "10").param("focus", "tight").param("safetyReviewed", "true").exchange();
		Matcher url = ROUTINE_URL.matcher(result.getResponse().getRedirectedUrl());
		assertThat(url.find()).isTrue();
		Cookie cookie = result.getResponse().getCookie("limber_owner");
		UUID owner = this.jdbc.queryForObject("select owner_id from owner_key where key_hash = ?", UUID.class,
				Secrets.hash(cookie.getValue()));
		return new Object[] { UUID.fromString(url.group(1)), cookie, owner };
	}

	/** A session logged {@code daysAgo} (the API only takes today, give or take a day). */
	private void logged(Object[] browser, int daysAgo, int before, int after, int minutes) {
		LocalDate day = LocalDate.now().minusDays(daysAgo);
		this.jdbc.update("insert into completion (id, owner_id, routine_id, routine_name, completed_on, completed_at, "
				+ "duration_seconds, planned_seconds, pain_before, pain_after) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				UUID.randomUUID(), browser[2], browser[0], "Routine", day,
				java.sql.Timestamp.from(Instant.now().minus(daysAgo, ChronoUnit.DAYS)), minutes * 60, 600, before, after);
	}

	private String history(Object[] browser) throws Exception {
		MvcTestResult page = this.mvc.get().uri("/history").cookie((Cookie) browser[1]).exchange();
		assertThat(page).hasStatusOk();
		return page.getResponse().getContentAsString();
	}

	@Test
	void painFallingOverFourWeeksIsSaidInWordsDrawnAndTabled() throws Exception {
		Object[] browser = browser();
		logged(browser, 28, 6, 5, 10);
		logged(browser, 14, 5, 4, 12);
		logged(browser, 1, 4, 3, 15);
		logged(browser, 0, 4, 3, 15);
		String html = history(browser);
		assertThat(html).contains("Your pain after sessions has gone from 5 to 3 in 4 weeks.")
			.doesNotContain("id=\"trend-rising\"");
		// the chart: two lines told apart by dashes and markers, not colour
		assertThat(html).containsPattern("<polyline[^>]*stroke-dasharray=\"6 4\"[^>]*points=\"\\d+,\\d+ \\d+,\\d+ \\d+,\\d+\"")
			.containsPattern("<polyline(?![^>]*dasharray)[^>]*stroke-width=\"3\"[^>]*points=\"\\d+,\\d+ \\d+,\\d+ \\d+,\\d+\"");
		assertThat(html).doesNotContainPattern("\\sstyle\\s*=");
		// the table for screen readers: this week's averages and minutes
		assertThat(html).contains("<caption>Pain and minutes, week by week</caption>")
			.containsPattern("<td>4\\.0</td>\\s*<td>3\\.0</td>\\s*<td>30</td>");
	}

	@Test
	void risingPainSaysSoAndSuggestsSteppingBackOrAClinicianWithTheSafetyNote() throws Exception {
		Object[] browser = browser();
		logged(browser, 21, 3, 2, 10);
		logged(browser, 0, 4, 5, 10);
		String html = history(browser);
		assertThat(html).contains("Your pain after sessions has gone up from 2 to 5 in 3 weeks.")
			.contains("id=\"trend-rising\"")
			.contains("step back")
			.contains("see a GP or physiotherapist")
			.contains("Get emergency care now");
	}

	@Test
	void theExportHasTheTrendAsNumbers() {
		Object[] browser = browser();
		logged(browser, 7, 6, 4, 20);
		logged(browser, 0, 5, 3, 10);
		assertThat(this.mvc.get().uri("/account/export").cookie((Cookie) browser[1])).bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.painTrend.direction").isEqualTo("FALLING");
				assertThat(json).extractingPath("$.painTrend.weeks.length()").isEqualTo(12);
				assertThat(json).extractingPath("$.painTrend.weeks[11].after").isEqualTo(3.0);
				assertThat(json).extractingPath("$.painTrend.weeks[10].before").isEqualTo(6.0);
				assertThat(json).extractingPath("$.painTrend.weeks[10].minutes").isEqualTo(20);
			});
	}

	@Test
	void noSessionsNoTrend() throws Exception {
		assertThat(history(browser())).doesNotContain("id=\"trend\"");
	}

}
