package app.limber.ops;

import java.io.IOException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.limber.catalogue.Catalogue;
import app.limber.catalogue.ExerciseDetails;
import app.limber.catalogue.HealthCondition;
import app.limber.catalogue.SpineMovement;
import app.limber.owner.OwnerKeys;
import app.limber.routine.Avoid;
import app.limber.routine.Focus;
import app.limber.routine.Level;
import app.limber.routine.Phase;
import app.limber.routine.RoutineRequest;
import app.limber.routine.RoutineView;
import app.limber.routine.Routines;
import app.limber.routine.Setting;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Limber needs from its database, checked the same way on every database it runs on: the one set of Flyway
 * migrations applies in full, Hibernate's mappings match the schema they built ({@code ddl-auto=validate}), and
 * the catalogue, routines and completions go in and come back out unchanged.
 */
@SpringBootTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@AutoConfigureMockMvc
abstract class PersistenceContract {

	@Autowired
	private Flyway flyway;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Catalogue catalogue;

	@Autowired
	private Routines routines;

	@Autowired
	private OwnerKeys owners;

	@Autowired
	private MockMvcTester mvc;

	/** The product name JDBC reports, e.g. "PostgreSQL" or "H2". */
	abstract String expectedDatabase();

	@Test
	void runsOnTheExpectedDatabase() {
		String product = this.jdbc.execute((java.sql.Connection connection) -> connection.getMetaData()
			.getDatabaseProductName());
		assertThat(product).isEqualTo(expectedDatabase());
	}

	@Test
	void flywayAppliedEveryMigrationInTheProject() throws IOException {
		Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql");
		List<String> versions = Arrays.stream(scripts)
			.map((script) -> script.getFilename().substring(1, script.getFilename().indexOf("__")))
			.sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
			.toList();
		MigrationInfo[] applied = this.flyway.info().applied();
		assertThat(versions).isNotEmpty();
		assertThat(applied).extracting((migration) -> migration.getVersion().getVersion()).containsExactlyElementsOf(versions);
		assertThat(applied).extracting(MigrationInfo::getState).containsOnly(MigrationState.SUCCESS);
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@Test
	void theCatalogueLoadsWholeThroughTheMappings() {
		List<ExerciseDetails> all = this.catalogue.all();
		assertThat(all).hasSizeGreaterThanOrEqualTo(24);
		assertThat(all).extracting(ExerciseDetails::name).isSortedAccordingTo(String::compareTo);
		ExerciseDetails catCow = this.catalogue.getBySlug("cat-cow");
		assertThat(catCow.spineLoads()).containsExactly(SpineMovement.FLEXION, SpineMovement.EXTENSION);
		assertThat(catCow.steps()).hasSizeGreaterThanOrEqualTo(3).doesNotContainNull();
		assertThat(catCow.steps().get(0)).startsWith("Come onto your hands and knees");
	}

	@Test
	void aRoutineIsSavedEditedAndReadBackUnchanged() {
		UUID owner = this.owners.newOwner();
		RoutineRequest request = new RoutineRequest(15, Focus.TIGHT, Level.BEGINNER, Setting.FLOOR,
				EnumSet.of(Avoid.KNEELING), EnumSet.of(HealthCondition.OSTEOPOROSIS));
		RoutineView built = this.routines.build(owner, request, "Mornings <b>before</b> work");

		this.routines.rename(built.id(), owner, "Mornings – Ü, 日本, 'quotes'");
		RoutineView read = this.routines.get(built.id(), Optional.of(owner));

		assertThat(read.name()).isEqualTo("Mornings – Ü, 日本, 'quotes'");
		assertThat(read.owned()).isTrue();
		assertThat(read.avoid()).containsExactly(Avoid.KNEELING);
		assertThat(read.conditions()).containsExactly(HealthCondition.OSTEOPOROSIS);
		assertThat(read.steps()).extracting((step) -> step.exercise().slug())
			.containsExactlyElementsOf(built.steps().stream().map((step) -> step.exercise().slug()).toList());
		assertThat(read.steps()).extracting(RoutineView.StepView::prescription)
			.containsExactlyElementsOf(built.steps().stream().map(RoutineView.StepView::prescription).toList());
		assertThat(read.steps()).extracting(RoutineView.StepView::phase).startsWith(Phase.WARM_UP).endsWith(Phase.COOL_DOWN)
			.contains(Phase.STRETCH, Phase.STRENGTHEN);
		assertThat(read.createdAt()).isCloseTo(built.createdAt(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MILLIS));
		assertThat(this.routines.listFor(owner)).extracting(RoutineView::id).containsExactly(built.id());
		assertThat(this.routines.listFor(this.owners.newOwner())).isEmpty();
	}

	@Test
	void aCompletionIsLoggedAndReadBackOverTheApi() {
		MvcTestResult created = this.mvc.post()
			.uri("/api/routines")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"minutes\":10,\"focus\":\"weak\",\"setting\":\"desk\"}")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		Cookie owner = created.getResponse().getCookie("limber_owner");
		String location = created.getResponse().getHeader(HttpHeaders.LOCATION);

		MvcTestResult logged = this.mvc.post()
			.uri(location + "/completions")
			.cookie(owner)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"durationSeconds\":600,\"painBefore\":4,\"painAfter\":2,\"skippedSteps\":[0]}")
			.exchange();
		assertThat(logged).hasStatus(HttpStatus.CREATED);

		assertThat(this.mvc.get().uri("/api/completions").cookie(owner)).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.length()", (count) -> assertThat(count).isEqualTo(1))
			.hasPathSatisfying("$[0].painBefore", (pain) -> assertThat(pain).isEqualTo(4))
			.hasPathSatisfying("$[0].painAfter", (pain) -> assertThat(pain).isEqualTo(2));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM completion_step WHERE outcome = 'SKIPPED' "
				+ "AND completion_id = (SELECT id FROM completion WHERE pain_before = 4 AND duration_seconds = 600 "
				+ "AND routine_id = ?)", Integer.class, UUID.fromString(location.substring(location.lastIndexOf('/') + 1))))
			.isEqualTo(1);
	}

}
