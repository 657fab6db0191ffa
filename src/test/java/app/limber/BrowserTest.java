package app.limber;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test that drives the system Chromium. Without Chromium it is skipped with a clear reason, unless
 * {@code -Dbrowser.required=true} (set by CI), in which case it fails: browser tests never skip silently on CI.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserTest.ChromiumAvailable.class)
public @interface BrowserTest {

	Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

	class ChromiumAvailable implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isExecutable(CHROMIUM)) {
				return ConditionEvaluationResult.enabled("Chromium found at " + CHROMIUM);
			}
			if (Boolean.getBoolean("browser.required")) {
				throw new IllegalStateException("browser.required=true but no Chromium at " + CHROMIUM
						+ " (install it: apt-get install chromium)");
			}
			return ConditionEvaluationResult
				.disabled("Skipped: no Chromium at " + CHROMIUM + " (apt-get install chromium to run browser tests)");
		}

	}

}
