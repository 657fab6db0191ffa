package app.limber.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.limber.catalogue.Figure.Joint;
import app.limber.catalogue.Figure.Prop;
import app.limber.catalogue.Figure.View;
import app.limber.catalogue.Pose.Arm;
import app.limber.catalogue.Pose.Leg;
import app.limber.catalogue.Pose.Segment;

/**
 * The figures of the catalogue, read from {@code catalogue/figures.txt}: per exercise a header line and a few pose
 * lines of joint angles. The format is small enough to write by hand and to review in a diff:
 *
 * <pre>
 * figure cat-cow side mat anchor=knee
 *   start  torso=16 neck=10 arm=270,270 leg=270,180,180
 *   end    bend=0.25 neck=-45
 *   easier half
 * </pre>
 *
 * {@code start} begins from a person standing; {@code end} changes the start; {@code easier} changes both for the
 * easier variation, {@code easier-start} and {@code easier-end} one of them, and {@code easier half} makes the easier
 * variation go half the way. A line that moves a near limb ({@code arm}, {@code leg}) and does not name the far one
 * ({@code farArm}, {@code farLeg}) moves both alike.
 */
public final class FigureBook {

	static final String RESOURCE = "catalogue/figures.txt";

	private static final Map<String, String> STANDING = Map.of("torso", "90", "bend", "0", "neck", "90", "arm",
			"270,270", "farArm", "270,270", "leg", "270,270,0", "farLeg", "270,270,0", "spread", "0,0");

	private final Map<String, Figure> figures;

	private FigureBook(Map<String, Figure> figures) {
		this.figures = figures;
	}

	public static FigureBook load() {
		ClassLoader loader = FigureBook.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + RESOURCE);
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static FigureBook parse(String text) {
		Map<String, Figure> figures = new LinkedHashMap<>();
		Draft draft = null;
		int number = 0;
		try (BufferedReader lines = new BufferedReader(new java.io.StringReader(text))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				number++;
				String content = line.strip();
				if (content.isEmpty() || content.startsWith("#")) {
					continue;
				}
				List<String> words = Arrays.asList(content.split("\\s+"));
				try {
					if (words.get(0).equals("figure")) {
						if (draft != null) {
							figures.put(draft.slug, draft.finish());
						}
						draft = Draft.header(words.subList(1, words.size()));
						if (figures.containsKey(draft.slug)) {
							throw new IllegalArgumentException("a second figure for " + draft.slug);
						}
					}
					else if (draft == null) {
						throw new IllegalArgumentException("a pose before any 'figure' line");
					}
					else {
						draft.pose(words.get(0), words.subList(1, words.size()));
					}
				}
				catch (RuntimeException ex) {
					throw new IllegalArgumentException("figures line " + number + ": " + ex.getMessage(), ex);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (draft != null) {
			figures.put(draft.slug, draft.finish());
		}
		return new FigureBook(Map.copyOf(figures));
	}

	public Optional<Figure> find(String slug) {
		return Optional.ofNullable(this.figures.get(slug));
	}

	public Set<String> slugs() {
		return this.figures.keySet();
	}

	private static final class Draft {

		private final String slug;

		private final View view;

		private final Set<Prop> props;

		private final Joint anchor;

		private final Figure.Greyed greyed;

		private Map<String, String> start;

		private Map<String, String> end;

		private final Map<String, String> easier = new LinkedHashMap<>();

		private final Map<String, String> easierStart = new LinkedHashMap<>();

		private final Map<String, String> easierEnd = new LinkedHashMap<>();

		private double easierShare = 1;

		private Draft(String slug, View view, Set<Prop> props, Joint anchor, Figure.Greyed greyed) {
			this.slug = slug;
			this.greyed = greyed;
			this.view = view;
			this.props = props;
			this.anchor = anchor;
		}

		static Draft header(List<String> words) {
			if (words.size() < 2) {
				throw new IllegalArgumentException("'figure' needs a slug and a view");
			}
			View view = View.valueOf(words.get(1).toUpperCase(Locale.ROOT));
			Set<Prop> props = EnumSet.noneOf(Prop.class);
			Joint anchor = Joint.HIP;
			Figure.Greyed greyed = (view == View.SIDE) ? Figure.Greyed.FAR : Figure.Greyed.NONE;
			for (String word : words.subList(2, words.size())) {
				if (word.startsWith("anchor=")) {
					anchor = Joint.valueOf(constant(word.substring("anchor=".length())));
				}
				else if (word.startsWith("grey=")) {
					greyed = Figure.Greyed.valueOf(constant(word.substring("grey=".length())));
				}
				else {
					props.add(Prop.valueOf(constant(word)));
				}
			}
			return new Draft(words.get(0), view, props, anchor, greyed);
		}

		void pose(String kind, List<String> settings) {
			switch (kind) {
				case "start" -> this.start = checked(merged(STANDING, settings(settings)));
				case "end" -> this.end = checked(merged(required(this.start, "start"), settings(settings)));
				case "easier" -> {
					if (settings.size() == 1 && settings.get(0).equals("half")) {
						this.easierShare = 0.5;
					}
					else {
						this.easier.putAll(settings(settings));
					}
				}
				case "easier-start" -> this.easierStart.putAll(settings(settings));
				case "easier-end" -> this.easierEnd.putAll(settings(settings));
				default -> throw new IllegalArgumentException("unknown line '" + kind + "'");
			}
		}

		/** Reads the values as a pose now, so that a mistake is reported with its line. */
		private Map<String, String> checked(Map<String, String> values) {
			pose(values);
			return values;
		}

		/** The figure, once all its lines are read; a missing line is reported with the figure's name. */
		Figure finish() {
			try {
				return build();
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("figure " + this.slug + ": " + ex.getMessage(), ex);
			}
		}

		Figure build() {
			Map<String, String> first = required(this.start, "start");
			Map<String, String> last = required(this.end, "end");
			Pose start = pose(first);
			Pose end = pose(last);
			Pose easierStart = pose(merged(merged(first, this.easier), this.easierStart));
			Pose easierEnd = pose(merged(merged(last, this.easier), this.easierEnd));
			if (this.easierShare < 1) {
				easierEnd = easierStart.lerp(easierEnd, this.easierShare);
			}
			return new Figure(this.slug, this.view, this.props, this.anchor, this.greyed, start, end, easierStart, easierEnd);
		}

		private Pose pose(Map<String, String> values) {
			Segment neck = segment(values.get("neck"));
			Double face;
			if (values.containsKey("face")) {
				face = values.get("face").equals("front") ? null : Double.valueOf(values.get("face"));
			}
			else {
				face = (this.view == View.SIDE) ? neck.angle() - 90 : null;
			}
			double[] spread = numbers(values.get("spread"), 2);
			return new Pose(segment(values.get("torso")), Double.parseDouble(values.get("bend")), neck, face,
					arm(values.get("arm")), arm(values.get("farArm")), leg(values.get("leg")), leg(values.get("farLeg")),
					spread[0], spread[1]);
		}

		private static Arm arm(String value) {
			String[] parts = split(value, 2);
			return new Arm(segment(parts[0]), segment(parts[1]));
		}

		private static Leg leg(String value) {
			String[] parts = split(value, 3);
			return new Leg(segment(parts[0]), segment(parts[1]), segment(parts[2]));
		}

		private static Segment segment(String value) {
			int star = value.indexOf('*');
			if (star < 0) {
				return Segment.of(Double.parseDouble(value));
			}
			return new Segment(Double.parseDouble(value.substring(0, star)), Double.parseDouble(value.substring(star + 1)));
		}

		private static double[] numbers(String value, int count) {
			return Arrays.stream(split(value, count)).mapToDouble(Double::parseDouble).toArray();
		}

		private static String[] split(String value, int count) {
			String[] parts = value.split(",");
			if (parts.length != count) {
				throw new IllegalArgumentException("'" + value + "' needs " + count + " values");
			}
			return parts;
		}

		private static Map<String, String> settings(List<String> words) {
			Map<String, String> values = new LinkedHashMap<>();
			for (String word : words) {
				int equals = word.indexOf('=');
				if (equals <= 0) {
					throw new IllegalArgumentException("'" + word + "' is not name=value");
				}
				String name = word.substring(0, equals);
				if (!STANDING.containsKey(name) && !name.equals("face")) {
					throw new IllegalArgumentException("unknown setting '" + name + "'");
				}
				values.put(name, word.substring(equals + 1));
			}
			for (String limb : List.of("arm", "leg")) {
				String far = "far" + Character.toUpperCase(limb.charAt(0)) + limb.substring(1);
				if (values.containsKey(limb)) {
					values.putIfAbsent(far, values.get(limb));
				}
			}
			return values;
		}

		private static Map<String, String> merged(Map<String, String> base, Map<String, String> changes) {
			Map<String, String> values = new LinkedHashMap<>(base);
			values.putAll(changes);
			return values;
		}

		private static <T> T required(T value, String line) {
			if (value == null) {
				throw new IllegalArgumentException("a '" + line + "' line is missing");
			}
			return value;
		}

		private static String constant(String word) {
			return word.toUpperCase(Locale.ROOT).replace('-', '_');
		}

	}

}
