package app.limber.session;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The history's calendar and the printed sheet's tick grid start their weeks on the same day, the locale's. */
@SpringBootTest
@AutoConfigureMockMvc
class WeekStartPagesTests {

	private static final Pattern COLUMN = Pattern.compile("<th scope=\"col\"[^>]*>([^<]+)</th>");

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	// A language Limber doesn't speak (French) gets English words, and still its country's week (from Monday);
	// Spanish days are Spanish.
	@CsvSource({ "en-US, Sun", "en-GB, Mon", "en, Mon", "fr-FR, Mon", "es-ES, lun" })
	void historyAndSheetStartTheWeekOnTheLocalesDay(String language, String firstDay) throws Exception {
		TestRoutines.Built routine = TestRoutines.build(this.mvc);
		String history = this.mvc.get().uri("/history").header("Accept-Language", language).cookie(routine.owner())
			.exchange().getResponse().getContentAsString();
		String sheet = this.mvc.get().uri("/routines/" + routine.id() + "/sheet").header("Accept-Language", language)
			.exchange().getResponse().getContentAsString();
		List<String> historyDays = columns(history);
		assertThat(historyDays).hasSize(7).first().isEqualTo(firstDay);
		assertThat(columns(sheet)).isEqualTo(historyDays);
	}

	@ParameterizedTest
	@CsvSource({ "en-GB" })
	void theHistoryCalendarNamesItsMonths(String language) {
		assertThat(this.mvc.get().uri("/history").header("Accept-Language", language)).bodyText()
			.containsPattern("<th scope=\"row\" class=\"calendar__month\"\\s+aria-label=\"[A-Z][a-z]+ \\d{4}\">[A-Z][a-z]{2}</th>")
			.contains("Your sessions from ");
	}

	private static List<String> columns(String page) {
		List<String> days = new ArrayList<>();
		Matcher column = COLUMN.matcher(page);
		while (column.find()) {
			days.add(column.group(1).strip());
		}
		return days;
	}

}
