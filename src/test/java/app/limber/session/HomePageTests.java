package app.limber.session;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.limber.routine.Focus;
import app.limber.routine.Level;
import app.limber.routine.RoutineView;
import app.limber.routine.Setting;
import app.limber.system.HashedLinks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** The home page's one-tap start, the daily-routine mark and My routines' Start buttons, as the server renders them. */
@SpringBootTest
@AutoConfigureMockMvc
class HomePageTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void aNewPersonIsInvitedToBuildARoutine() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Build my routine", "href=\"/routines/new\"")
			.doesNotContain("Start today&#39;s routine", "id=\"start-today\"");
	}

	@Test
	void aReturningPersonGetsTheirRoutineOneTapFromItsRunningSessionWithTheirStreak() {
		TestRoutines.Built routine = TestRoutines.build(this.mvc);
		assertThat(this.mvc.get().uri("/").cookie(routine.owner())).hasStatusOk()
			.bodyText()
			.contains("Today&#39;s routine", "Start today&#39;s routine",
					"href=\"/routines/" + routine.id() + "/session?start=now\"",
					"A few minutes today starts a streak");

		log(routine);
		assertThat(this.mvc.get().uri("/").cookie(routine.owner())).bodyText()
			.contains("Done for today: 1 day in a row.")
			.doesNotContain("starts a streak");
	}

	@Test
	void theRoutineMarkedAsTheirsWinsOverANewerOne() {
		TestRoutines.Built older = TestRoutines.build(this.mvc);
		TestRoutines.Built newer = build(older.owner(), "Newer+one");
		assertThat(this.mvc.get().uri("/").cookie(older.owner())).bodyText()
			.contains("/routines/" + newer.id() + "/session?start=now");

		MvcTestResult chosen = this.mvc.post().uri("/routines/" + older.id() + "/choose").with(csrf())
			.cookie(older.owner()).exchange();
		assertThat(chosen).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/").cookie(older.owner())).bodyText()
			.contains("/routines/" + older.id() + "/session?start=now", ">Daily<");
		assertThat(this.mvc.get().uri("/routines").cookie(older.owner())).bodyText()
			.contains("Not my daily routine", "Make it my daily routine");

		this.mvc.post().uri("/routines/" + older.id() + "/choose").param("chosen", "false").with(csrf())
			.cookie(older.owner()).exchange();
		assertThat(this.mvc.get().uri("/").cookie(older.owner())).bodyText()
			.contains("/routines/" + newer.id() + "/session?start=now");
	}

	@Test
	void nobodyCanMarkSomeoneElsesRoutine() {
		TestRoutines.Built theirs = TestRoutines.build(this.mvc);
		assertThat(this.mvc.post().uri("/routines/" + theirs.id() + "/choose").with(csrf())).hasStatus(HttpStatus.NOT_FOUND);
		TestRoutines.Built mine = TestRoutines.build(this.mvc);
		assertThat(this.mvc.post().uri("/routines/" + theirs.id() + "/choose").with(csrf()).cookie(mine.owner()))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void myRoutinesHasAStartButtonOnEachRoutine() {
		TestRoutines.Built first = TestRoutines.build(this.mvc);
		TestRoutines.Built second = build(first.owner(), "Second");
		assertThat(this.mvc.get().uri("/routines").cookie(first.owner())).bodyText()
			.contains("href=\"/routines/" + first.id() + "/session?start=now\"",
					"href=\"/routines/" + second.id() + "/session?start=now\"", "aria-label=\"Start Second\"");
	}

	@Test
	void theSessionStartsByItselfOnlyWhenAskedTo() {
		TestRoutines.Built routine = TestRoutines.build(this.mvc);
		assertThat(this.mvc.get().uri("/routines/" + routine.id() + "/session?start=now")).bodyText()
			.containsPattern("<script type=\"module\" src=\"" + HashedLinks.of("/js/start-now.js") + "\"></script>");
		assertThat(this.mvc.get().uri("/routines/" + routine.id() + "/session")).bodyText().doesNotContain("start-now.js");
	}

	@Test
	void todaysRoutineIsTheMarkedOneElseTheOneDoneOrBuiltLast() {
		Instant monday = Instant.parse("2026-11-30T08:00:00Z");
		RoutineView old = routine(monday);
		RoutineView built = routine(monday.plusSeconds(3600));
		// Built last, nothing played: the newest.
		assertThat(TodaysRoutine.pick(Optional.empty(), List.of(built, old), Map.of())).isSameAs(built);
		// The older one was played after the other was built: the one they do.
		assertThat(TodaysRoutine.pick(Optional.empty(), List.of(built, old), Map.of(old.id(), monday.plusSeconds(7200))))
			.isSameAs(old);
		// Marked as theirs: always that one; a mark on a routine they no longer have counts for nothing.
		assertThat(TodaysRoutine.pick(Optional.of(old.id()), List.of(built, old), Map.of())).isSameAs(old);
		assertThat(TodaysRoutine.pick(Optional.of(UUID.randomUUID()), List.of(built, old), Map.of())).isSameAs(built);
	}

	private static RoutineView routine(Instant created) {
		return new RoutineView(UUID.randomUUID(), "R", 15, Focus.BALANCED, Level.BEGINNER, Setting.FLOOR, Set.of(), Set.of(),
				created, created, List.of(), true);
	}

	private TestRoutines.Built build(Cookie owner, String name) {
		MvcTestResult result = this.mvc.post().uri("/routines").with(csrf()).cookie(owner)
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("minutes=5&focus=weak&safetyReviewed=true&name=" + name)
			.exchange();
		String id = result.getResponse().getRedirectedUrl().replaceAll(".*/routines/([0-9a-f-]{36}).*", "$1");
		return new TestRoutines.Built(id, owner);
	}

	private void log(TestRoutines.Built routine) {
		assertThat(this.mvc.post().uri("/api/routines/" + routine.id() + "/completions").cookie(routine.owner())
			.contentType(MediaType.APPLICATION_JSON).content("{\"durationSeconds\":300}")).hasStatus(HttpStatus.CREATED);
	}

}
