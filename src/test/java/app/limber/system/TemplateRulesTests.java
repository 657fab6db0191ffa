package app.limber.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import app.limber.catalogue.BodyArea;
import app.limber.catalogue.ExerciseKind;
import app.limber.catalogue.SpineMovement;
import app.limber.catalogue.StartPosition;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules every template keeps: text through message keys that exist, and nothing the CSP would block. */
class TemplateRulesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** A literal message key such as {@code #{exercise.steps}} or {@code #{dosage.hold(...)}}. */
	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

	private static final Properties messages = new Properties();

	private static List<Path> templates;

	@BeforeAll
	static void load() throws IOException {
		for (String bundle : List.of("messages", "messages-session", "messages-sheet")) {
			try (InputStream in = new ClassPathResource(bundle + ".properties").getInputStream()) {
				messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			templates = files.filter((file) -> file.toString().endsWith(".html")).toList();
		}
	}

	@Test
	void everyMessageKeyUsedInATemplateExists() throws IOException {
		List<String> missing = new ArrayList<>();
		for (Path template : templates) {
			Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
			while (keys.find()) {
				if (!messages.containsKey(keys.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyEnumShownOnAPageHasALabel() {
		Stream.of(ExerciseKind.values(), StartPosition.values(), BodyArea.values(), SpineMovement.values())
			.flatMap(Stream::of)
			.map(UrlValue.class::cast)
			.forEach((value) -> assertThat(messages).containsKey(value.labelKey()));
	}

	@Test
	void noInlineScriptsOrEventHandlers() throws IOException {
		for (Path template : templates) {
			String html = Files.readString(template);
			assertThat(html).as(template.toString())
				.doesNotContainPattern("<script(?![^>]*\\b(src=|type=\"application/json\"))[^>]*>")
				.doesNotContainPattern("\\s(th:)?on[a-z]+\\s*=")
				.doesNotContainPattern("\\sstyle\\s*=")
				.doesNotContainPattern("(src|href)=\"(https?:)?//");
		}
	}

}
