package app.limber.reminder;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.WeekDay;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.transform.recurrence.Frequency;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The daily reminder as a calendar subscription, read back the way a calendar app reads it: parsed by ical4j, with
 * its repeat rule, its alarm and the link that opens the session.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReminderTests {

	private static final Pattern ROUTINE_URL = Pattern.compile("/routines/([0-9a-f-]{36})");

	private static final Pattern FEED = Pattern.compile("https?://[^\"<\\s]+/calendar/([A-Za-z0-9_-]{43})\\.ics");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	/** A fresh browser (no account) that builds a routine: [routine id, owner cookie]. */
	private Object[] browserWithRoutine(String name) {
		MvcTestResult result = this.mvc.post().uri("/routines").with(csrf())
			.param("minutes", "10").param("focus", "tight").param("safetyReviewed", "true").param("name", name)
			.exchange();
		Matcher url = ROUTINE_URL.matcher(result.getResponse().getRedirectedUrl());
		assertThat(url.find()).isTrue();
		return new Object[] { url.group(1), result.getResponse().getCookie("limber_owner") };
	}

	private MvcTestResult remind(Object[] browser, String time, String zone, DayOfWeek... days) {
		var request = this.mvc.post().uri("/routines/{id}/reminder", browser[0]).with(csrf()).cookie((Cookie) browser[1])
			.param("time", time).param("_days", "on").param("detectedZone", zone);
		for (DayOfWeek day : days) {
			request = request.param("days", day.name());
		}
		return request.exchange();
	}

	/** The https link shown on the page, as a calendar app would be given it. */
	private static String feedPath(MvcTestResult page) throws Exception {
		String html = page.getResponse().getContentAsString();
		Matcher link = FEED.matcher(html);
		assertThat(link.find()).as("the page shows a feed link").isTrue();
		assertThat(html).contains("webcal://localhost/calendar/" + link.group(1) + ".ics");
		return "/calendar/" + link.group(1) + ".ics";
	}

	private Calendar parse(String path) throws Exception {
		MvcTestResult feed = this.mvc.get().uri(path).exchange();
		assertThat(feed).hasStatusOk();
		assertThat(feed.getResponse().getContentType()).startsWith("text/calendar");
		return new CalendarBuilder().build(new StringReader(feed.getResponse().getContentAsString()));
	}

	private static VEvent event(Calendar calendar) {
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		return events.get(0);
	}

	@Test
	void aFreshBrowserSubscribesToADailyEventWithAnAlarmThatOpensTheSession() throws Exception {
		Object[] browser = browserWithRoutine("Morning back");
		MvcTestResult routinePage = this.mvc.get().uri("/routines/{id}", browser[0]).cookie((Cookie) browser[1]).exchange();
		assertThat(routinePage).bodyText().contains("Remind me every day at").contains("value=\"08:00\"");

		MvcTestResult created = remind(browser, "08:00", "Europe/Madrid", DayOfWeek.values());
		assertThat(created).hasStatusOk();
		Calendar calendar = parse(feedPath(created));

		VEvent event = event(calendar);
		assertThat(event.getSummary().getValue()).contains("Morning back").contains("10 min");
		RRule<ZonedDateTime> rule = event.getProperty("RRULE").map((p) -> (RRule<ZonedDateTime>) p).orElseThrow();
		assertThat(rule.getRecur().getFrequency()).isEqualTo(Frequency.DAILY);
		ZonedDateTime start = (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
		assertThat(start.toLocalTime()).hasToString("08:00");
		assertThat(start.toOffsetDateTime().getOffset()).isEqualTo(java.time.ZoneId.of("Europe/Madrid").getRules().getOffset(start.toInstant()));
		assertThat(event.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Madrid");
		List<VTimeZone> zones = calendar.getComponents("VTIMEZONE");
		assertThat(zones).extracting((zone) -> zone.getTimeZoneId().getValue()).containsExactly("Europe/Madrid");
		assertThat(event.getDuration().getDuration()).isEqualTo(Duration.ofMinutes(10));

		String session = "http://localhost/routines/" + browser[0] + "/session";
		assertThat(event.getUrl().getUri()).hasToString(session);
		assertThat(event.getDescription().getValue()).contains(session);

		List<VAlarm> alarms = event.getAlarms();
		assertThat(alarms).hasSize(1);
		assertThat(alarms.get(0).getAction().orElseThrow().getValue()).isEqualTo("DISPLAY");
		assertThat(alarms.get(0).getTrigger().orElseThrow().getDuration()).isEqualTo(Duration.ZERO);
	}

	@Test
	void chosenDaysRepeatWeeklyOnThoseDaysAndTheRoutinePageSaysSo() throws Exception {
		Object[] browser = browserWithRoutine("Weekdays");
		Calendar calendar = parse(feedPath(remind(browser, "18:30", "America/New_York", DayOfWeek.MONDAY,
				DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)));
		VEvent event = event(calendar);
		Recur<?> recur = event.<RRule<?>>getProperty("RRULE").orElseThrow().getRecur();
		assertThat(recur.getFrequency()).isEqualTo(Frequency.WEEKLY);
		assertThat(recur.getDayList()).containsExactly(WeekDay.MO, WeekDay.WE, WeekDay.FR);
		ZonedDateTime start = (ZonedDateTime) event.getStartDate().orElseThrow().getDate();
		assertThat(start.getDayOfWeek()).isIn(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
		assertThat(start.toLocalTime()).hasToString("18:30");

		assertThat(this.mvc.get().uri("/routines/{id}", browser[0]).cookie((Cookie) browser[1]))
			.bodyText().contains("Reminds you Monday, Wednesday, Friday at 18:30 (New York, Eastern Time).");
	}

	/** The zone list reads as places and zone names in the page's language; the value sent stays the zone's ID. */
	@Test
	void timeZonesAreNamedInThePagesLanguageAndSentByTheirId() throws Exception {
		Object[] browser = browserWithRoutine("Zones");
		String english = this.mvc.get().uri("/routines/{id}/reminder", browser[0]).cookie((Cookie) browser[1]).exchange()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(english).contains("<optgroup label=\"Europe\">",
				"<option value=\"Europe/Madrid\">Madrid — Central European Time</option>",
				"<option value=\"America/New_York\">New York — Eastern Time</option>")
			.doesNotContain(">Europe/Madrid<");
		String spanish = this.mvc.get().uri("/routines/{id}/reminder", browser[0])
			.cookie((Cookie) browser[1], new Cookie("lang", "es")).exchange()
			.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(spanish).contains("<optgroup label=\"Europa\">",
				"<option value=\"Europe/Madrid\">Madrid — hora de Europa central</option>")
			.doesNotContain(">Europe/Madrid<", "Central European Time");
		remind(browser, "07:15", "Europe/Madrid", DayOfWeek.values());
		assertThat(this.mvc.get().uri("/routines/{id}", browser[0]).cookie((Cookie) browser[1], new Cookie("lang", "es")))
			.bodyText().contains("(Madrid, hora de Europa central)");
	}

	@Test
	void theFeedFollowsTheRoutinesCurrentVersionAndItsNewTimeWithTheSameLink() throws Exception {
		Object[] browser = browserWithRoutine("Old name");
		String feed = feedPath(remind(browser, "08:00", "Europe/London", DayOfWeek.values()));
		this.mvc.post().uri("/routines/{id}/name", browser[0]).with(csrf()).cookie((Cookie) browser[1])
			.param("name", "New name").exchange();
		MvcTestResult changed = remind(browser, "07:15", "Europe/London", DayOfWeek.values());
		assertThat(changed).hasStatus(HttpStatus.FOUND);
		assertThat(changed.getResponse().getContentAsString()).doesNotContain("/calendar/");

		VEvent event = event(parse(feed));
		assertThat(event.getSummary().getValue()).contains("New name").doesNotContain("Old name");
		assertThat(((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toLocalTime()).hasToString("07:15");
	}

	@Test
	void theSecretIsStoredOnlyAsAHashAndIsNotTheOwnerKey() throws Exception {
		Object[] browser = browserWithRoutine("Hashed");
		String feed = feedPath(remind(browser, "08:00", "UTC", DayOfWeek.values()));
		String secret = feed.substring("/calendar/".length(), feed.length() - ".ics".length());
		assertThat(secret).isNotEqualTo(((Cookie) browser[1]).getValue());
		String stored = this.jdbc.queryForObject("select secret_hash from reminder where routine_id = ?", String.class,
				java.util.UUID.fromString((String) browser[0]));
		assertThat(stored).hasSize(64).isNotEqualTo(secret);
		assertThat(this.jdbc.queryForObject("select count(*) from reminder where secret_hash = ?", Integer.class, secret))
			.isZero();
		// the owner page shows the reminder, but never the link again
		assertThat(this.mvc.get().uri("/routines/{id}/reminder", browser[0]).cookie((Cookie) browser[1]))
			.bodyText().doesNotContain(secret).contains("New link");
	}

	@Nested
	class Stopping {

		@Test
		void newLinkRevokesTheOldOne() throws Exception {
			Object[] browser = browserWithRoutine("Renewed");
			String old = feedPath(remind(browser, "08:00", "UTC", DayOfWeek.values()));
			MvcTestResult renewed = mvc.post().uri("/routines/{id}/reminder/link", browser[0]).with(csrf())
				.cookie((Cookie) browser[1]).exchange();
			String fresh = feedPath(renewed);
			assertThat(fresh).isNotEqualTo(old);
			assertThat(mvc.get().uri(old)).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(parse(fresh).getComponents("VEVENT")).hasSize(1);
		}

		@Test
		void stoppingTheReminderOrDeletingTheDataEndsTheFeed() throws Exception {
			Object[] stopped = browserWithRoutine("Stopped");
			String stoppedFeed = feedPath(remind(stopped, "08:00", "UTC", DayOfWeek.values()));
			mvc.post().uri("/routines/{id}/reminder/stop", stopped[0]).with(csrf()).cookie((Cookie) stopped[1]).exchange();
			assertThat(mvc.get().uri(stoppedFeed)).hasStatus(HttpStatus.NOT_FOUND);

			Object[] deleted = browserWithRoutine("Deleted");
			String deletedFeed = feedPath(remind(deleted, "08:00", "UTC", DayOfWeek.values()));
			assertThat(mvc.get().uri("/account/export").cookie((Cookie) deleted[1])).bodyJson()
				.extractingPath("$.reminders[0].time").isEqualTo("08:00:00");
			mvc.post().uri("/account/delete").with(csrf()).cookie((Cookie) deleted[1]).param("confirm", "true").exchange();
			assertThat(mvc.get().uri(deletedFeed)).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(jdbc.queryForObject("select count(*) from reminder where routine_id = ?", Integer.class,
					java.util.UUID.fromString((String) deleted[0]))).isZero();
		}

		@Test
		void aGuessedOrMalformedLinkIsA404Page() {
			assertThat(mvc.get().uri("/calendar/" + "A".repeat(43) + ".ics")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.get().uri("/calendar/x.ics")).hasStatus(HttpStatus.NOT_FOUND);
		}

	}

	@Nested
	class OnlyTheOwner {

		@Test
		void someoneWithTheRoutineLinkCannotSetOrSeeItsReminder() {
			Object[] owner = browserWithRoutine("Mine");
			Object[] visitor = browserWithRoutine("Theirs");
			Object[] visiting = { owner[0], visitor[1] };
			assertThat(remind(visiting, "08:00", "UTC", DayOfWeek.values())).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.get().uri("/routines/{id}/reminder", owner[0]).cookie((Cookie) visitor[1]))
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(mvc.get().uri("/routines/{id}", owner[0]).cookie((Cookie) visitor[1])).bodyText()
				.doesNotContain("Remind me every day at");
		}

	}

	@Nested
	class BadInput {

		@Test
		void noDayOrABadTimeOrZoneIsAFormErrorNextToTheField() {
			Object[] browser = browserWithRoutine("Bad input");
			assertThat(remind(browser, "08:00", "UTC")).hasStatusOk().bodyText().contains("Tick at least one day.");
			assertThat(remind(browser, "25:99", "UTC", DayOfWeek.MONDAY)).hasStatusOk().bodyText()
				.contains("Enter a time such as 08:00.");
			assertThat(mvc.post().uri("/routines/{id}/reminder", browser[0]).with(csrf()).cookie((Cookie) browser[1])
				.param("time", "08:00").param("days", "MONDAY").param("zone", "Mars/Olympus"))
				.hasStatusOk().bodyText().contains("Choose a time zone from the list.");
			assertThat(jdbc.queryForObject("select count(*) from reminder where routine_id = ?", Integer.class,
					java.util.UUID.fromString((String) browser[0]))).isZero();
		}

		@Test
		void anUnknownDetectedZoneFallsBackToTheServerDefault() throws Exception {
			Object[] browser = browserWithRoutine("No zone");
			VEvent event = event(parse(feedPath(remind(browser, "08:00", "Not/AZone", DayOfWeek.values()))));
			assertThat(event.getStartDate().orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("UTC");
		}

	}

}
