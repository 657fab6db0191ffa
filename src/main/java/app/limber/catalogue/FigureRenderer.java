package app.limber.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

import app.limber.catalogue.Figure.Prop;
import app.limber.catalogue.Figure.Version;
import app.limber.catalogue.Figure.View;
import app.limber.catalogue.Pose.Arm;
import app.limber.catalogue.Pose.Leg;

/**
 * Draws a {@link Figure} as SVG: a bold black-and-white person of fixed proportions on a 240 × 160 canvas, standing
 * or lying on the floor, with its chair, wall, step or strap. A moving picture animates every limb with SMIL
 * ({@code <animate>}), which runs inside an {@code <img>} without any script or style, so it keeps to the
 * Content-Security-Policy; the in-between positions come from the joint angles, so limbs keep their length.
 */
public final class FigureRenderer {

	/** What to draw. */
	public enum Frame {

		/** Start to end and back, in the rhythm of one rep. */
		MOVING,
		/** The start position, still. */
		START,
		/** The end position, still. */
		END,
		/** Start and end side by side, still, on a canvas twice as wide. */
		PAIR,
		/** The end position with the start drawn faintly behind it, still: for print and small cards. */
		PRINT

	}

	/**
	 * One rep: {@code tempoSeconds} of movement, half of it on the way in and half on the way out, with
	 * {@code holdSeconds} held still at the end position between them.
	 */
	public record Timing(double tempoSeconds, double holdSeconds) {

		public Timing {
			if (tempoSeconds <= 0 || holdSeconds < 0) {
				throw new IllegalArgumentException("a rep needs some movement and no negative hold");
			}
		}

	}

	/** Change this when a change to the drawing code changes how any picture looks: browsers keep them a year. */
	static final String DRAWING_REVISION = "1";

	static final double WIDTH = 240;

	static final double HEIGHT = 160;

	/** Where the floor line is drawn; the body rests on it, or on a mat lying on it. */
	static final double FLOOR_LINE = 150;

	static final double MAT_THICKNESS = 5;

	static final double TORSO = 44;

	static final double NECK = 17;

	static final double HEAD_RADIUS = 11;

	static final double UPPER_ARM = 25;

	static final double FOREARM = 23;

	static final double THIGH = 36;

	static final double SHIN = 34;

	static final double FOOT = 11;

	static final double TORSO_WIDTH = 17;

	static final double ARM_WIDTH = 9;

	static final double LEG_WIDTH = 11;

	static final double FOOT_WIDTH = 7;

	static final double HALO = 6;

	static final String INK = "#1a1a1a";

	static final String FAR = "#8a8a8a";

	static final String PAPER = "#ffffff";

	static final String GHOST = "#d9d9d9";

	static final String PROP = "#9a9a9a";

	static final String PROP_FILL = "#e4e4e4";

	static final int STEPS_PER_MOVE = 10;

	/** How much larger than usual a small position may be drawn. */
	static final double MAX_ZOOM = 1.4;

	private FigureRenderer() {
	}

	public static String render(Figure figure, Version version, boolean mirrored, Frame frame, Timing timing,
			String title) {
		return render(figure, version, mirrored, frame, timing, title, null);
	}

	/** The picture with its title in a language ({@code language} its tag, e.g. "es"; null for the page's own). */
	public static String render(Figure figure, Version version, boolean mirrored, Frame frame, Timing timing,
			String title, String language) {
		Pose start = figure.start(version);
		Pose end = figure.end(version);
		List<Pose> poses = new ArrayList<>();
		List<Track> tracks = new ArrayList<>();
		if (frame == Frame.MOVING) {
			sample(start, end, timing, poses, tracks);
		}
		else {
			poses.add(start);
			poses.add(end);
		}
		// Every frame of a figure is placed from all its positions, so its stills line up with each other.
		Scene scene = Scene.of(figure, poses);
		Body first = scene.bodies.get(0);
		Body last = scene.bodies.get((frame == Frame.MOVING) ? STEPS_PER_MOVE : 1);
		double width = (frame == Frame.PAIR) ? 2 * WIDTH : WIDTH;
		Svg svg = new Svg(width, title, language, figure.view() != View.TOP);
		switch (frame) {
			case MOVING -> svg.panel(scene, 0, scene.bodies, tracks, mirrored, false);
			case START -> svg.panel(scene, 0, List.of(first), List.of(), mirrored, false);
			case END -> svg.panel(scene, 0, List.of(last), List.of(), mirrored, false);
			case PAIR -> {
				svg.panel(scene, 0, List.of(first), List.of(), mirrored, false);
				svg.panel(scene, WIDTH, List.of(last), List.of(), mirrored, false);
				svg.pairArrow();
			}
			case PRINT -> {
				svg.ghost(scene, first, mirrored);
				svg.panel(scene, 0, List.of(last), List.of(), mirrored, true);
			}
		}
		return svg.finish();
	}

	/**
	 * One stretch of the animation: the positions {@code from} (inclusive) to {@code to} (exclusive) of the sampled
	 * list, reached at {@code times} seconds after the track begins. A repeating track closes its loop on its first
	 * position; a single one stays on its last.
	 */
	record Track(int from, int to, List<Double> times, double seconds, double begin, boolean repeats) {

	}

	/**
	 * The positions of the moving picture, in the rhythm the player counts. Without a hold a rep is one movement
	 * there and back. With a hold, as the player counts it, the first rep eases in over the whole tempo and holds;
	 * each later rep lets go and comes back in over the tempo, then holds: a first track that ends on the end
	 * position, then one that repeats from the end of the first rep.
	 */
	static void sample(Pose start, Pose end, Timing timing, List<Pose> poses, List<Track> tracks) {
		double tempo = timing.tempoSeconds();
		double hold = timing.holdSeconds();
		if (hold == 0) {
			int from = poses.size();
			List<Double> times = new ArrayList<>();
			move(start, end, 0, tempo / 2, true, poses, times);
			move(end, start, tempo / 2, tempo / 2, false, poses, times);
			poses.remove(poses.size() - 1);
			times.remove(times.size() - 1);
			tracks.add(new Track(from, poses.size(), times, tempo, 0, true));
			return;
		}
		List<Double> first = new ArrayList<>();
		move(start, end, 0, tempo, true, poses, first);
		tracks.add(new Track(0, poses.size(), first, tempo, 0, false));
		int from = poses.size();
		List<Double> loop = new ArrayList<>();
		move(end, start, 0, tempo / 2, true, poses, loop);
		move(start, end, tempo / 2, tempo / 2, false, poses, loop);
		tracks.add(new Track(from, poses.size(), loop, tempo + hold, tempo + hold, true));
	}

	/** Eased positions from one pose to another over {@code seconds}, starting {@code at}. */
	private static void move(Pose from, Pose to, double at, double seconds, boolean withFirst, List<Pose> poses,
			List<Double> times) {
		for (int i = withFirst ? 0 : 1; i <= STEPS_PER_MOVE; i++) {
			double share = (double) i / STEPS_PER_MOVE;
			poses.add(from.lerp(to, ease(share)));
			times.add(at + seconds * share);
		}
	}

	/** Slow out of one position and slow into the next, as a person moves. */
	static double ease(double t) {
		return t * t * (3 - 2 * t);
	}

	record Point(double x, double y) {

		Point toward(double angle, double length) {
			double radians = Math.toRadians(angle);
			return new Point(this.x + Math.cos(radians) * length, this.y - Math.sin(radians) * length);
		}

		Point shift(double dx, double dy) {
			return new Point(this.x + dx, this.y + dy);
		}

		Point mid(Point other) {
			return new Point((this.x + other.x) / 2, (this.y + other.y) / 2);
		}

	}

	/** The joints of one pose, placed on the canvas. */
	static final class Body {

		Point hip;

		Point shoulder;

		Point spine;

		Point head;

		Double face;

		Point nearShoulder;

		Point farShoulder;

		Point nearHip;

		Point farHip;

		Point[] arm;

		Point[] farArm;

		Point[] leg;

		Point[] farLeg;

		static Body of(Pose pose) {
			Body body = new Body();
			body.hip = new Point(0, 0);
			body.shoulder = body.hip.toward(pose.torso().angle(), TORSO * pose.torso().scale());
			// A quadratic curve's middle lies half-way to its control point.
			body.spine = body.hip.mid(body.shoulder).toward(pose.torso().angle() + 90, 2 * pose.bend() * TORSO);
			body.head = body.shoulder.toward(pose.neck().angle(), NECK * pose.neck().scale());
			body.face = pose.face();
			double across = pose.torso().angle() + 90;
			body.nearShoulder = body.shoulder.toward(across, pose.shoulderSpread());
			body.farShoulder = body.shoulder.toward(across + 180, pose.shoulderSpread());
			body.nearHip = body.hip.toward(across, pose.hipSpread());
			body.farHip = body.hip.toward(across + 180, pose.hipSpread());
			body.arm = arm(body.nearShoulder, pose.arm());
			body.farArm = arm(body.farShoulder, pose.farArm());
			body.leg = leg(body.nearHip, pose.leg());
			body.farLeg = leg(body.farHip, pose.farLeg());
			return body;
		}

		private static Point[] arm(Point shoulder, Arm arm) {
			Point elbow = shoulder.toward(arm.upper().angle(), UPPER_ARM * arm.upper().scale());
			Point wrist = elbow.toward(arm.fore().angle(), FOREARM * arm.fore().scale());
			return new Point[] { shoulder, elbow, wrist };
		}

		private static Point[] leg(Point hip, Leg leg) {
			Point knee = hip.toward(leg.thigh().angle(), THIGH * leg.thigh().scale());
			Point ankle = knee.toward(leg.shin().angle(), SHIN * leg.shin().scale());
			Point toe = ankle.toward(leg.foot().angle(), FOOT * leg.foot().scale());
			return new Point[] { hip, knee, ankle, toe };
		}

		Point joint(Figure.Joint joint) {
			return switch (joint) {
				case HIP -> this.hip;
				case SHOULDER -> this.shoulder;
				case HEAD -> this.head;
				case ELBOW -> this.arm[1];
				case WRIST -> this.arm[2];
				case FAR_WRIST -> this.farArm[2];
				case KNEE -> this.leg[1];
				case ANKLE -> this.leg[2];
				case TOE -> this.leg[3];
				case FAR_KNEE -> this.farLeg[1];
				case FAR_ANKLE -> this.farLeg[2];
			};
		}

		/** Every drawn point with how far the drawing reaches beyond it. */
		List<double[]> extent() {
			List<double[]> points = new ArrayList<>();
			for (int i = 0; i <= 8; i++) {
				Point p = spinePoint(i / 8.0);
				points.add(new double[] { p.x, p.y, TORSO_WIDTH / 2 });
			}
			points.add(new double[] { this.head.x, this.head.y, HEAD_RADIUS });
			for (Point[] limb : List.of(this.arm, this.farArm)) {
				for (Point p : limb) {
					points.add(new double[] { p.x, p.y, ARM_WIDTH / 2 });
				}
			}
			for (Point[] limb : List.of(this.leg, this.farLeg)) {
				for (int i = 0; i < limb.length; i++) {
					points.add(new double[] { limb[i].x, limb[i].y, (i == 3 ? FOOT_WIDTH : LEG_WIDTH) / 2 });
				}
			}
			points.add(new double[] { this.nearShoulder.x, this.nearShoulder.y, ARM_WIDTH / 2 });
			points.add(new double[] { this.farShoulder.x, this.farShoulder.y, ARM_WIDTH / 2 });
			return points;
		}

		Point spinePoint(double t) {
			double u = 1 - t;
			return new Point(u * u * this.hip.x + 2 * u * t * controlPoint().x + t * t * this.shoulder.x,
					u * u * this.hip.y + 2 * u * t * controlPoint().y + t * t * this.shoulder.y);
		}

		Point controlPoint() {
			Point mid = this.hip.mid(this.shoulder);
			return new Point(2 * this.spine.x - mid.x, 2 * this.spine.y - mid.y);
		}

		void shift(double dx, double dy) {
			this.hip = this.hip.shift(dx, dy);
			this.shoulder = this.shoulder.shift(dx, dy);
			this.spine = this.spine.shift(dx, dy);
			this.head = this.head.shift(dx, dy);
			this.nearShoulder = this.nearShoulder.shift(dx, dy);
			this.farShoulder = this.farShoulder.shift(dx, dy);
			this.nearHip = this.nearHip.shift(dx, dy);
			this.farHip = this.farHip.shift(dx, dy);
			for (Point[] limb : List.of(this.arm, this.farArm, this.leg, this.farLeg)) {
				for (int i = 0; i < limb.length; i++) {
					limb[i] = limb[i].shift(dx, dy);
				}
			}
		}

	}

	/** The bodies of every drawn position and the props around them, placed and centred on the canvas. */
	static final class Scene {

		final Figure figure;

		final List<Body> bodies;

		final double ground;

		/** Each prop, drawn for a given placement of canvas x values. */
		final List<Function<DoubleUnaryOperator, String>> props = new ArrayList<>();

		private Scene(Figure figure, List<Body> bodies, double ground) {
			this.figure = figure;
			this.bodies = bodies;
			this.ground = ground;
		}

		static Scene of(Figure figure, List<Pose> poses) {
			double ground = FLOOR_LINE - 1.5 - (figure.props().contains(Prop.MAT) ? MAT_THICKNESS : 0);
			List<Body> bodies = new ArrayList<>();
			Double anchorX = null;
			for (Pose pose : poses) {
				Body body = Body.of(pose);
				double lowest = body.extent().stream().mapToDouble((p) -> p[1] + p[2]).max().orElseThrow();
				double x = body.joint(figure.anchor()).x;
				if (anchorX == null) {
					anchorX = x;
				}
				body.shift(anchorX - x, (figure.view() == View.TOP) ? 0 : ground - lowest);
				bodies.add(body);
			}
			Scene scene = new Scene(figure, bodies, ground);
			scene.placeProps();
			if (scene.rise != 0) {
				bodies.forEach((body) -> body.shift(0, scene.rise));
			}
			return scene;
		}

		private void placeProps() {
			Body first = this.bodies.get(0);
			double left = Double.MAX_VALUE;
			double right = -Double.MAX_VALUE;
			for (Body body : this.bodies) {
				for (double[] p : body.extent()) {
					left = Math.min(left, p[0] - p[2]);
					right = Math.max(right, p[0] + p[2]);
				}
			}
			boolean front = this.figure.view() == View.FRONT;
			if (this.figure.props().contains(Prop.CHAIR)) {
				double seat = first.hip.y + TORSO_WIDTH / 2 + 1.5;
				double x = first.hip.x;
				if (front) {
					this.props.add((at) -> rect(at, x - 21, seat - 44, 42, 44, PROP_FILL));
					this.props.add((at) -> line(at, PROP, 5, x - 25, seat, x + 25, seat));
					this.props.add((at) -> line(at, PROP, 5, x - 22, seat, x - 22, FLOOR_LINE));
					this.props.add((at) -> line(at, PROP, 5, x + 22, seat, x + 22, FLOOR_LINE));
					left = Math.min(left, x - 28);
					right = Math.max(right, x + 28);
				}
				else {
					this.props.add((at) -> polyline(at, PROP, 5, x - 17, seat - 44, x - 14, seat, x + 15, seat));
					this.props.add((at) -> line(at, PROP, 5, x - 14, seat, x - 14, FLOOR_LINE));
					this.props.add((at) -> line(at, PROP, 5, x + 12, seat, x + 12, FLOOR_LINE));
					left = Math.min(left, x - 20);
					right = Math.max(right, x + 18);
				}
			}
			if (this.figure.props().contains(Prop.STEP)) {
				Point ankle = first.leg[2];
				double top = ankle.y + LEG_WIDTH / 2;
				this.props.add((at) -> rect(at, ankle.x - 14, top, 32, FLOOR_LINE - top, PROP_FILL));
				this.props.add((at) -> polyline(at, PROP, 3, ankle.x - 14, FLOOR_LINE, ankle.x - 14, top, ankle.x + 18,
						top, ankle.x + 18, FLOOR_LINE));
				right = Math.max(right, ankle.x + 20);
			}
			if (this.figure.props().contains(Prop.WALL_BEHIND_BACK)) {
				double x = first.extent().stream().mapToDouble((p) -> p[0] - p[2]).min().orElseThrow();
				this.props.add((at) -> rect(at, x - 9, 6, 9, FLOOR_LINE - 6, PROP_FILL));
				this.props.add((at) -> line(at, PROP, 3, x - 1, 6, x - 1, FLOOR_LINE));
				left = Math.min(left, x - 9);
			}
			if (this.figure.props().contains(Prop.WALL_AT_HAND)) {
				double x = right;
				this.props.add((at) -> rect(at, x, 6, 9, FLOOR_LINE - 6, PROP_FILL));
				this.props.add((at) -> line(at, PROP, 3, x + 1, 6, x + 1, FLOOR_LINE));
				right = x + 9;
			}
			if (this.figure.props().contains(Prop.WALL_BEHIND)) {
				double from = left - 14;
				double to = right + 14;
				this.props.add(0, (at) -> rect(at, from, 6, to - from, FLOOR_LINE - 6, PROP_FILL));
				left = from;
				right = to;
			}
			this.offset = WIDTH / 2 - (left + right) / 2;
			double top = Double.MAX_VALUE;
			double bottom = -Double.MAX_VALUE;
			for (Body body : this.bodies) {
				for (double[] p : body.extent()) {
					top = Math.min(top, p[1] - p[2]);
					bottom = Math.max(bottom, p[1] + p[2]);
				}
			}
			if (this.figure.view() == View.TOP) {
				// Seen from above there is no floor: the body lies in the middle of its mat.
				this.rise = HEIGHT / 2 - (top + bottom) / 2;
				top += this.rise;
				bottom += this.rise;
				double pad = 10;
				double from = left - pad;
				double to = right + pad;
				double matTop = top - pad;
				double matBottom = bottom + pad;
				this.props.add(0, (at) -> rect(at, from, matTop, to - from, matBottom - matTop, PROP_FILL));
				this.scale = Math.min(MAX_ZOOM, Math.min((HEIGHT - 8) / (matBottom - matTop), (WIDTH - 8) / (to - from)));
				this.pivotY = HEIGHT / 2;
			}
			else {
				// A tall position is drawn smaller, about the middle of the floor, rather than cut off; a low, small one
				// larger, so that it reads from a mat.
				this.scale = Math.min(MAX_ZOOM,
						Math.min((this.ground - 8) / (this.ground - top), (WIDTH - 16) / (right - left)));
				this.pivotY = this.ground;
			}
		}

		/** Added to every x so that the drawing sits in the middle of the canvas. */
		double offset;

		/** Added to every y (only seen from above, where there is no floor to rest on). */
		double rise;

		/** Below 1 when the drawing would not fit the canvas at its usual size, above when it would look small. */
		double scale = 1;

		double pivotY;

	}

	private static String rect(DoubleUnaryOperator at, double x, double y, double width, double height, String fill) {
		double from = at.applyAsDouble(x);
		double to = at.applyAsDouble(x + width);
		return "<rect x=\"" + fmt(Math.min(from, to)) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(Math.abs(to - from))
				+ "\" height=\"" + fmt(height) + "\" fill=\"" + fill + "\"/>";
	}

	private static String line(DoubleUnaryOperator at, String colour, double width, double x1, double y1, double x2,
			double y2) {
		return polyline(at, colour, width, x1, y1, x2, y2);
	}

	/** A path through the given x, y pairs. */
	private static String polyline(DoubleUnaryOperator at, String colour, double width, double... xy) {
		StringBuilder d = new StringBuilder();
		for (int i = 0; i < xy.length; i += 2) {
			d.append(i == 0 ? "M" : " L").append(xy(at.applyAsDouble(xy[i]), xy[i + 1]));
		}
		return path(colour, width, d.toString());
	}

	private static String path(String colour, double width, String d) {
		return "<path d=\"" + d + "\" fill=\"none\" stroke=\"" + colour + "\" stroke-width=\"" + fmt(width)
				+ "\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>";
	}

	static String xy(double x, double y) {
		return fmt(x) + " " + fmt(y);
	}

	static String fmt(double value) {
		String text = String.format(Locale.ROOT, "%.1f", value);
		return text.equals("-0.0") ? "0.0" : text;
	}

	/** One drawn element whose geometry may change from position to position. */
	private record Shape(String element, String style, List<String> geometry) {

	}

	/** The SVG document being written. */
	private static final class Svg {

		private final StringBuilder out = new StringBuilder();

		private final double width;

		Svg(double width, String title, String language, boolean floor) {
			this.width = width;
			this.out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
				.append(fmt(width))
				.append(' ')
				.append(fmt(HEIGHT))
				.append("\" width=\"")
				.append(fmt(width))
				.append("\" height=\"")
				.append(fmt(HEIGHT))
				.append("\" role=\"img\" aria-labelledby=\"t\">\n<title id=\"t\"")
				.append((language != null) ? " lang=\"" + escape(language) + "\"" : "")
				.append('>')
				.append(escape(title))
				.append("</title>\n");
			if (floor) {
				this.out.append(path(INK, 3, "M8 " + fmt(FLOOR_LINE) + " H" + fmt(width - 8))).append('\n');
			}
		}

		void panel(Scene scene, double left, List<Body> bodies, List<Track> tracks, boolean mirrored,
				boolean overGhost) {
			DoubleUnaryOperator x = placement(scene, left, mirrored);
			if (!overGhost) {
				if (scene.figure.props().contains(Prop.MAT) && scene.figure.view() != View.TOP) {
					this.out.append(rect((value) -> value, left + 14, FLOOR_LINE - 1.5 - MAT_THICKNESS, WIDTH - 28,
							MAT_THICKNESS, "#cfcfcf"))
						.append('\n');
				}
			}
			openGroup(scene, left);
			if (!overGhost) {
				for (Function<DoubleUnaryOperator, String> prop : scene.props) {
					this.out.append(prop.apply(x)).append('\n');
				}
			}
			List<Shape> shapes = shapes(scene.figure, bodies, x, false);
			for (Shape shape : shapes) {
				write(shape, tracks);
			}
			closeGroup(scene);
		}

		private void openGroup(Scene scene, double left) {
			if (scene.scale != 1) {
				double cx = left + WIDTH / 2;
				this.out.append("<g transform=\"translate(")
					.append(xy(cx, scene.pivotY))
					.append(") scale(")
					.append(String.format(Locale.ROOT, "%.3f", scene.scale))
					.append(") translate(")
					.append(xy(-cx, -scene.pivotY))
					.append(")\">\n");
			}
		}

		private void closeGroup(Scene scene) {
			if (scene.scale != 1) {
				this.out.append("</g>\n");
			}
		}

		void ghost(Scene scene, Body body, boolean mirrored) {
			DoubleUnaryOperator x = placement(scene, 0, mirrored);
			if (scene.figure.props().contains(Prop.MAT) && scene.figure.view() != View.TOP) {
				this.out.append(rect((value) -> value, 14, FLOOR_LINE - 1.5 - MAT_THICKNESS, WIDTH - 28, MAT_THICKNESS,
						"#cfcfcf"))
					.append('\n');
			}
			openGroup(scene, 0);
			for (Function<DoubleUnaryOperator, String> prop : scene.props) {
				this.out.append(prop.apply(x)).append('\n');
			}
			for (Shape shape : shapes(scene.figure, List.of(body), x, true)) {
				write(shape, List.of());
			}
			closeGroup(scene);
		}

		void pairArrow() {
			double cx = WIDTH;
			this.out.append(path(PROP, 4, "M" + xy(cx - 9, 22) + " L" + xy(cx + 7, 22))).append('\n');
			this.out.append("<path d=\"M" + xy(cx + 10, 22) + " L" + xy(cx + 2, 16) + " L" + xy(cx + 2, 28)
					+ " Z\" fill=\"" + PROP + "\" stroke=\"" + PROP + "\" stroke-width=\"2\" stroke-linejoin=\"round\"/>")
				.append('\n');
		}

		private static DoubleUnaryOperator placement(Scene scene, double left, boolean mirrored) {
			double offset = scene.offset;
			return mirrored ? (value) -> left + WIDTH - (value + offset) : (value) -> left + value + offset;
		}

		private static List<Shape> shapes(Figure figure, List<Body> bodies, DoubleUnaryOperator x, boolean ghost) {
			List<Shape> shapes = new ArrayList<>();
			boolean side = figure.view() == View.SIDE;
			String ink = ghost ? GHOST : INK;
			String far = (ghost || figure.greyed() != Figure.Greyed.FAR) ? ink : FAR;
			String near = (ghost || figure.greyed() != Figure.Greyed.NEAR) ? ink : FAR;
			if (side) {
				limb(shapes, bodies, (b) -> b.farArm, ARM_WIDTH, far, x, ghost);
				leg(shapes, bodies, (b) -> b.farLeg, far, x, ghost);
			}
			stroke(shapes, bodies, (b) -> "M" + pt(b.hip, x) + " Q" + pt(b.controlPoint(), x) + " " + pt(b.shoulder, x),
					TORSO_WIDTH, ink, ghost);
			if (!side || bodies.stream().anyMatch((b) -> !b.nearShoulder.equals(b.farShoulder))) {
				stroke(shapes, bodies, (b) -> "M" + pt(b.nearShoulder, x) + " L" + pt(b.farShoulder, x), ARM_WIDTH + 1,
						ink, ghost);
			}
			if (!side) {
				stroke(shapes, bodies, (b) -> "M" + pt(b.nearHip, x) + " L" + pt(b.farHip, x), LEG_WIDTH, ink, ghost);
			}
			head(shapes, bodies, x, ink, ghost);
			boolean nearBehind = !side && figure.greyed() == Figure.Greyed.NEAR;
			if (nearBehind) {
				leg(shapes, bodies, (b) -> b.leg, near, x, ghost);
				leg(shapes, bodies, (b) -> b.farLeg, far, x, ghost);
			}
			else {
				if (!side) {
					leg(shapes, bodies, (b) -> b.farLeg, far, x, ghost);
				}
				leg(shapes, bodies, (b) -> b.leg, near, x, ghost);
			}
			if (figure.props().contains(Prop.STRAP)) {
				stroke(shapes, bodies, (b) -> "M" + pt(b.arm[2], x) + " L" + pt(b.leg[3], x), 3, ghost ? GHOST : "#5a5a5a",
						true);
			}
			if (nearBehind) {
				limb(shapes, bodies, (b) -> b.arm, ARM_WIDTH, near, x, ghost);
				limb(shapes, bodies, (b) -> b.farArm, ARM_WIDTH, far, x, ghost);
			}
			else {
				if (!side) {
					limb(shapes, bodies, (b) -> b.farArm, ARM_WIDTH, far, x, ghost);
				}
				limb(shapes, bodies, (b) -> b.arm, ARM_WIDTH, near, x, ghost);
			}
			return shapes;
		}

		private static void leg(List<Shape> shapes, List<Body> bodies, Function<Body, Point[]> leg,
				String colour, DoubleUnaryOperator x, boolean ghost) {
			stroke(shapes, bodies,
					(b) -> "M" + pt(leg.apply(b)[0], x) + " L" + pt(leg.apply(b)[1], x) + " L" + pt(leg.apply(b)[2], x),
					LEG_WIDTH, colour, ghost);
			stroke(shapes, bodies, (b) -> "M" + pt(leg.apply(b)[2], x) + " L" + pt(leg.apply(b)[3], x), FOOT_WIDTH,
					colour, ghost);
		}

		private static void limb(List<Shape> shapes, List<Body> bodies, Function<Body, Point[]> limb,
				double width, String colour, DoubleUnaryOperator x, boolean ghost) {
			stroke(shapes, bodies,
					(b) -> "M" + pt(limb.apply(b)[0], x) + " L" + pt(limb.apply(b)[1], x) + " L" + pt(limb.apply(b)[2], x),
					width, colour, ghost);
		}

		private static void head(List<Shape> shapes, List<Body> bodies, DoubleUnaryOperator x, String colour,
				boolean ghost) {
			if (!ghost) {
				shapes.add(new Shape("circle", "r=\"" + fmt(HEAD_RADIUS + HALO / 2) + "\" fill=\"" + PAPER + "\"",
						bodies.stream().map((b) -> centre(b.head, x)).toList()));
			}
			stroke(shapes, bodies, (b) -> "M" + pt(b.shoulder, x) + " L" + pt(b.head, x), ARM_WIDTH, colour, true);
			shapes.add(new Shape("circle", "r=\"" + fmt(HEAD_RADIUS) + "\" fill=\"" + colour + "\"",
					bodies.stream().map((b) -> centre(b.head, x)).toList()));
			if (bodies.stream().allMatch((b) -> b.face != null)) {
				shapes.add(new Shape("circle", "r=\"3.6\" fill=\"" + colour + "\"",
						bodies.stream().map((b) -> centre(b.head.toward(b.face, HEAD_RADIUS + 0.5), x)).toList()));
			}
		}

		private static void stroke(List<Shape> shapes, List<Body> bodies, Function<Body, String> d,
				double width, String colour, boolean bare) {
			List<String> geometry = bodies.stream().map((b) -> "d=\"" + d.apply(b) + "\"").toList();
			String common = " fill=\"none\" stroke-linecap=\"round\" stroke-linejoin=\"round\"";
			if (!bare) {
				shapes.add(new Shape("path", "stroke=\"" + PAPER + "\" stroke-width=\"" + fmt(width + HALO) + "\"" + common,
						geometry));
			}
			shapes.add(new Shape("path", "stroke=\"" + colour + "\" stroke-width=\"" + fmt(width) + "\"" + common,
					geometry));
		}

		private static String pt(Point p, DoubleUnaryOperator x) {
			return xy(x.applyAsDouble(p.x), p.y);
		}

		private static String centre(Point p, DoubleUnaryOperator x) {
			return "cx=\"" + fmt(x.applyAsDouble(p.x)) + "\" cy=\"" + fmt(p.y) + "\"";
		}

		private void write(Shape shape, List<Track> tracks) {
			List<String> geometry = shape.geometry();
			boolean moves = !tracks.isEmpty() && geometry.stream().distinct().count() > 1;
			this.out.append('<').append(shape.element()).append(' ').append(geometry.get(0)).append(' ').append(shape.style());
			if (!moves) {
				this.out.append("/>\n");
				return;
			}
			this.out.append(">\n");
			for (Track track : tracks) {
				List<String> values = geometry.subList(track.from(), track.to());
				if (shape.element().equals("circle")) {
					animate("cx", values.stream().map((g) -> attribute(g, "cx")).toList(), track);
					animate("cy", values.stream().map((g) -> attribute(g, "cy")).toList(), track);
				}
				else {
					animate("d", values.stream().map((g) -> attribute(g, "d")).toList(), track);
				}
			}
			this.out.append("</").append(shape.element()).append(">\n");
		}

		private void animate(String attribute, List<String> values, Track track) {
			List<String> frames = new ArrayList<>(values);
			List<String> keys = new ArrayList<>();
			for (double time : track.times()) {
				keys.add(String.format(Locale.ROOT, "%.4f", time / track.seconds()));
			}
			if (track.repeats()) {
				frames.add(values.get(0));
				keys.add("1");
			}
			keys.set(0, "0");
			keys.set(keys.size() - 1, "1");
			this.out.append("<animate attributeName=\"")
				.append(attribute)
				.append("\" dur=\"")
				.append(fmt(track.seconds()))
				.append("s\" begin=\"")
				.append(fmt(track.begin()))
				.append(track.repeats() ? "s\" repeatCount=\"indefinite\"" : "s\" fill=\"freeze\"")
				.append(" keyTimes=\"")
				.append(String.join(";", keys))
				.append("\" values=\"")
				.append(String.join(";", frames))
				.append("\"/>\n");
		}

		private static String attribute(String geometry, String name) {
			int start = geometry.indexOf(name + "=\"") + name.length() + 2;
			return geometry.substring(start, geometry.indexOf('"', start));
		}

		String finish() {
			return this.out.append("</svg>\n").toString();
		}

		private static String escape(String text) {
			return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
		}

	}

}
