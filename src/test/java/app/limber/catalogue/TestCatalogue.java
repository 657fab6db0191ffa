package app.limber.catalogue;

import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import app.limber.LimberApplication;

/**
 * The real catalogue, as the migrations load it, for plain unit and property tests of the planner: loaded once per
 * test run from an in-memory database, then the context is closed.
 */
public final class TestCatalogue {

	private static List<ExerciseDetails> exercises;

	private TestCatalogue() {
	}

	public static synchronized List<ExerciseDetails> exercises() {
		if (exercises == null) {
			// Command-line arguments outrank the test configuration, so this context gets a database of its own
			// and closing it leaves the shared test database alone.
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LimberApplication.class)
				.web(WebApplicationType.SERVLET)
				.run("--spring.datasource.url=jdbc:h2:mem:test-catalogue", "--server.port=0",
						"--spring.main.banner-mode=off", "--logging.level.root=warn")) {
				exercises = context.getBean(Catalogue.class).all();
			}
		}
		return exercises;
	}

}
