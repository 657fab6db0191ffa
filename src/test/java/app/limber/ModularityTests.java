package app.limber;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feature packages (catalogue, routine, session, sheet, owner, account, system) depend on each other without
 * cycles, and the build fails when a change adds one.
 */
class ModularityTests {

	private static final DescribedPredicate<JavaClass> TEST_CLASSES = DescribedPredicate.describe("test classes",
			(type) -> type.getSource().map((source) -> source.getUri().toString().contains("/test-classes/")).orElse(false));

	private final ApplicationModules modules = ApplicationModules.of(LimberApplication.class, TEST_CLASSES);

	@Test
	void featuresHaveNoCycles() {
		assertThat(this.modules.stream().map((module) -> module.getIdentifier().toString()))
			.contains("catalogue", "routine", "session", "sheet", "owner", "account", "system");
		this.modules.verify();
	}

}
