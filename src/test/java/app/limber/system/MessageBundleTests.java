package app.limber.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every language Limber speaks says everything: each bundle of each basename has every key of its English bundle,
 * nothing more, and no empty value (an empty message would show as nothing at all on the page).
 */
class MessageBundleTests {

	private static final List<String> BASENAMES = List.of("messages", "messages-session", "messages-sheet");

	@Test
	void limberSpeaksMoreThanEnglish() {
		assertThat(new Languages().supported()).hasSizeGreaterThan(1);
	}

	@Test
	void everyLanguageHasEveryKeyOfEachEnglishBundleAndNoOther() {
		for (Locale language : others()) {
			for (String basename : BASENAMES) {
				Set<String> english = load(basename + ".properties").stringPropertyNames();
				Set<String> translated = load(basename + "_" + language.getLanguage() + ".properties").stringPropertyNames();
				assertThat(new TreeSet<>(translated)).as("keys of %s_%s", basename, language)
					.containsExactlyElementsOf(new TreeSet<>(english));
			}
		}
	}

	@Test
	void noMessageIsLeftEmpty() {
		for (Locale language : others()) {
			for (String basename : BASENAMES) {
				Properties translated = load(basename + "_" + language.getLanguage() + ".properties");
				assertThat(translated.stringPropertyNames()).as("empty in %s_%s", basename, language)
					.filteredOn((key) -> translated.getProperty(key).isBlank())
					.isEmpty();
			}
		}
	}

	private static List<Locale> others() {
		List<Locale> others = new ArrayList<>(new Languages().supported());
		others.remove(Languages.FALLBACK);
		return others;
	}

	private static Properties load(String name) {
		Properties properties = new Properties();
		try (InputStream in = new ClassPathResource(name).getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(name + " is missing", ex);
		}
		return properties;
	}

}
