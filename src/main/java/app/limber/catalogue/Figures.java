package app.limber.catalogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import app.limber.catalogue.Figure.Version;
import app.limber.catalogue.FigureRenderer.Frame;
import app.limber.catalogue.FigureRenderer.Timing;
import app.limber.system.Languages;

/**
 * The exercise pictures as the app serves them, under {@code /figures/}: {@code cat-cow.svg} moves in the rhythm of
 * one rep, {@code cat-cow-start.svg} and {@code cat-cow-end.svg} are its two positions, {@code cat-cow-pair.svg} shows
 * them side by side and {@code cat-cow-print.svg} is the end position over a faint start, for paper. Parameters:
 * {@code side=2} mirrors it, {@code version=easier} draws the easier variation, {@code tempo} and {@code hold} (in
 * seconds) time the moving picture, which otherwise follows the beginner dosage. Pictures only change with a
 * release, so each one is drawn once and kept.
 */
@Service
public class Figures {

	/** Changes whenever the drawings can change: the pose data or the way they are drawn. */
	public static final String REVISION = revision();

	/** Holds longer than this are shortened on the catalogue's own moving pictures, so the movement shows. */
	static final int CATALOGUE_HOLD_SECONDS = 3;

	private static final int MAX_TEMPO_SECONDS = 12;

	private static final int MAX_HOLD_SECONDS = 60;

	private static final int CACHE_SIZE = 512;

	/** The query parameter of a picture's language (not {@code lang}: that one switches the visitor's language). */
	static final String LANGUAGE = "language";

	private static final FigureBook BOOK = FigureBook.load();

	private final Catalogue catalogue;

	private final MessageSource messages;

	private final Languages languages;

	private final Map<Key, String> drawn = new LinkedHashMap<>(64, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
			return size() > CACHE_SIZE;
		}

	};

	Figures(Catalogue catalogue, MessageSource messages, Languages languages) {
		this.catalogue = catalogue;
		this.messages = messages;
		this.languages = languages;
	}

	/**
	 * The address of an exercise's picture: {@code frame} is one of the names above, or {@code null} for moving. On a
	 * page in another language than English the address asks for the picture's title in it ({@code language=es}): the
	 * language is in the address, so a cache (the browser's, the service worker's) never mixes two.
	 */
	public static String path(String slug, String frame) {
		return "/figures/" + slug + ((frame != null) ? "-" + frame : "") + ".svg?v=" + REVISION + language();
	}

	private static String language() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		Locale locale = (context != null) ? context.getLocale() : null;
		if (locale == null || locale.getLanguage().isEmpty()
				|| locale.getLanguage().equals(Languages.FALLBACK.getLanguage())) {
			return "";
		}
		return "&" + LANGUAGE + "=" + locale.getLanguage();
	}

	/**
	 * The address of the picture that moves in the rhythm of a step: {@code tempoSeconds} of movement and
	 * {@code holdSeconds} held at the end position per rep, for the exercise or its easier variation.
	 */
	public static String moving(String slug, int tempoSeconds, int holdSeconds, boolean easier) {
		return path(slug, null) + "&tempo=" + Math.max(1, Math.min(tempoSeconds, MAX_TEMPO_SECONDS)) + "&hold="
				+ Math.max(0, Math.min(holdSeconds, MAX_HOLD_SECONDS)) + (easier ? "&version=easier" : "");
	}

	/** Whether the easier variation has a picture of its own. */
	public static boolean easierDiffers(String slug) {
		return BOOK.find(slug).map(Figure::easierDiffers).orElse(false);
	}

	/**
	 * The SVG for a file name under {@code /figures/} without its {@code .svg}, and the parameters above; empty for a
	 * name or a parameter that names no picture.
	 */
	public Optional<String> svg(String name, Map<String, String> parameters) {
		Optional<Key> key = key(name, parameters);
		if (key.isEmpty()) {
			return Optional.empty();
		}
		synchronized (this.drawn) {
			String svg = this.drawn.get(key.get());
			if (svg != null) {
				return Optional.of(svg);
			}
		}
		String svg = draw(key.get());
		synchronized (this.drawn) {
			this.drawn.put(key.get(), svg);
		}
		return Optional.of(svg);
	}

	private Optional<Key> key(String name, Map<String, String> parameters) {
		Frame frame = Frame.MOVING;
		String slug = name;
		for (Frame still : Frame.values()) {
			String suffix = "-" + still.name().toLowerCase(Locale.ROOT);
			if (still != Frame.MOVING && name.endsWith(suffix)) {
				frame = still;
				slug = name.substring(0, name.length() - suffix.length());
			}
		}
		Optional<ExerciseDetails> exercise = this.catalogue.findBySlug(slug);
		if (exercise.isEmpty() || BOOK.find(slug).isEmpty()) {
			return Optional.empty();
		}
		String side = parameters.getOrDefault("side", "1");
		String version = parameters.getOrDefault("version", "usual");
		if (!side.equals("1") && !side.equals("2") || !version.equals("usual") && !version.equals("easier")) {
			return Optional.empty();
		}
		Optional<Locale> language = Optional.of(Languages.FALLBACK);
		if (parameters.containsKey(LANGUAGE)) {
			String asked = parameters.get(LANGUAGE);
			language = asked.matches("[a-z]{2,3}") ? this.languages.find(Locale.forLanguageTag(asked)) : Optional.empty();
			if (language.isEmpty()) {
				return Optional.empty();
			}
		}
		int tempo = 0;
		int hold = 0;
		if (frame == Frame.MOVING) {
			Dosage dosage = exercise.get().beginnerDosage();
			Integer tempoAsked = number(parameters.get("tempo"), 1, MAX_TEMPO_SECONDS);
			Integer holdAsked = number(parameters.get("hold"), 0, MAX_HOLD_SECONDS);
			if (tempoAsked != null && tempoAsked < 0 || holdAsked != null && holdAsked < 0) {
				return Optional.empty();
			}
			tempo = (tempoAsked != null) ? tempoAsked : dosage.tempoSeconds();
			hold = (holdAsked != null) ? holdAsked : Math.min(dosage.holdSeconds(), CATALOGUE_HOLD_SECONDS);
		}
		return Optional.of(new Key(slug, frame, version.equals("easier") ? Version.EASIER : Version.USUAL,
				side.equals("2"), tempo, hold, language.get()));
	}

	/** The number, null when absent, or -1 when it is not a whole number in range. */
	private static Integer number(String value, int min, int max) {
		if (value == null) {
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			return (number >= min && number <= max) ? number : -1;
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private String draw(Key key) {
		Figure figure = BOOK.find(key.slug()).orElseThrow();
		String title = this.messages.getMessage("figure." + key.slug(), null, key.slug(), key.language());
		if (key.version() == Version.EASIER && figure.easierDiffers()) {
			title = this.messages.getMessage("figure.easierTitle", new Object[] { title }, title, key.language());
		}
		Timing timing = new Timing(Math.max(key.tempo(), 1), key.hold());
		return FigureRenderer.render(figure, key.version(), key.mirrored(), key.frame(), timing, title,
				key.language().toLanguageTag());
	}

	private record Key(String slug, Frame frame, Version version, boolean mirrored, int tempo, int hold,
			Locale language) {

	}

	private static String revision() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(FigureRenderer.DRAWING_REVISION.getBytes(StandardCharsets.UTF_8));
			try (var in = Figures.class.getClassLoader().getResourceAsStream(FigureBook.RESOURCE)) {
				digest.update(in.readAllBytes());
			}
			return HexFormat.of().formatHex(digest.digest()).substring(0, 10);
		}
		catch (NoSuchAlgorithmException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
