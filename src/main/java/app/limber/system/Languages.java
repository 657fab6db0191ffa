package app.limber.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The languages Limber speaks: English (the base bundle, {@code messages.properties}, and the fallback for anything
 * a language leaves out) and every language that has a {@code messages_xx.properties} bundle. A new language is a
 * messages file (and a catalogue data migration): nothing here names one.
 */
@Component
public class Languages {

	/** The language of the base bundles and of the catalogue's own columns. */
	public static final Locale FALLBACK = Locale.ENGLISH;

	private static final Pattern BUNDLE = Pattern.compile("messages_([a-z]{2,3})\\.properties");

	private final List<Locale> supported;

	public Languages() {
		this(bundleLanguages());
	}

	Languages(List<String> others) {
		List<Locale> languages = new ArrayList<>();
		languages.add(FALLBACK);
		others.stream()
			.filter((language) -> !language.equals(FALLBACK.getLanguage()))
			.map(Locale::forLanguageTag)
			.forEach(languages::add);
		this.supported = List.copyOf(languages);
	}

	/** English first, then the others by their language code. */
	public List<Locale> supported() {
		return this.supported;
	}

	/** The supported language (no country) of this locale's language, if Limber speaks it. */
	public Optional<Locale> find(Locale locale) {
		if (locale == null) {
			return Optional.empty();
		}
		return this.supported.stream().filter((language) -> language.getLanguage().equals(locale.getLanguage())).findFirst();
	}

	/** A language named in itself, as a speaker of it looks for it: "English", "Español". */
	public static String nameInItself(Locale language) {
		String name = language.getDisplayLanguage(language);
		return name.isEmpty() ? language.getLanguage()
				: name.substring(0, 1).toUpperCase(language) + name.substring(1);
	}

	private static List<String> bundleLanguages() {
		try {
			TreeSet<String> languages = new TreeSet<>();
			for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:messages_*.properties")) {
				Matcher matcher = BUNDLE.matcher(String.valueOf(bundle.getFilename()));
				if (matcher.matches()) {
					languages.add(matcher.group(1));
				}
			}
			return List.copyOf(languages);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
