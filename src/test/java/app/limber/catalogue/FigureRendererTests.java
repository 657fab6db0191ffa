package app.limber.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import app.limber.catalogue.Figure.Version;
import app.limber.catalogue.FigureRenderer.Body;
import app.limber.catalogue.FigureRenderer.Frame;
import app.limber.catalogue.FigureRenderer.Point;
import app.limber.catalogue.FigureRenderer.Timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** The figures drawn from joint angles: one model gives the start, the end, the in-betweens, the mirror and the easier variation. */
class FigureRendererTests {

	private static final FigureBook BOOK = FigureBook.load();

	private static Figure figure(String slug) {
		return BOOK.find(slug).orElseThrow();
	}

	@Test
	void limbsKeepTheirLengthBetweenTheStartAndTheEnd() {
		Figure bridge = figure("bridge");
		for (int i = 0; i <= 10; i++) {
			Body body = Body.of(bridge.start().lerp(bridge.end(), i / 10.0));
			assertThat(distance(body.leg[0], body.leg[1])).isCloseTo(FigureRenderer.THIGH, within(1e-9));
			assertThat(distance(body.leg[1], body.leg[2])).isCloseTo(FigureRenderer.SHIN, within(1e-9));
			assertThat(distance(body.hip, body.shoulder)).isCloseTo(FigureRenderer.TORSO, within(1e-9));
			assertThat(distance(body.arm[0], body.arm[1])).isCloseTo(FigureRenderer.UPPER_ARM, within(1e-9));
		}
	}

	@Test
	void theMovingPictureGoesThroughInBetweenPositionsInTheRhythmOfOneRep() {
		String svg = FigureRenderer.render(figure("bridge"), Version.USUAL, false, Frame.MOVING, new Timing(4, 5), "t");
		// As the player counts a rep with a hold: the first eases in over the 4 s tempo and holds 5 s; every later
		// one lets go and comes back in over the tempo (2 s down, 2 s up), then holds: 9 s a rep, from 9 s on.
		assertThat(svg).contains("dur=\"4.0s\" begin=\"0.0s\" fill=\"freeze\"",
				"dur=\"9.0s\" begin=\"9.0s\" repeatCount=\"indefinite\"");
		Matcher keyTimes = Pattern.compile("begin=\"9.0s\" repeatCount=\"indefinite\" keyTimes=\"([^\"]+)\"").matcher(svg);
		assertThat(keyTimes.find()).isTrue();
		List<String> keys = List.of(keyTimes.group(1).split(";"));
		assertThat(keys).hasSize(FigureRenderer.STEPS_PER_MOVE * 2 + 2)
			.startsWith("0")
			.endsWith("1")
			.contains(String.format(java.util.Locale.ROOT, "%.4f", 2 / 9.0), String.format(java.util.Locale.ROOT, "%.4f", 4 / 9.0));
		// Without a hold, a rep is one movement there and back, repeated from the start.
		String reps = FigureRenderer.render(figure("cat-cow"), Version.USUAL, false, Frame.MOVING, new Timing(4, 0), "t");
		assertThat(reps).contains("dur=\"4.0s\" begin=\"0.0s\" repeatCount=\"indefinite\"").doesNotContain("freeze");
		// Each moving limb passes through positions between the two, not only the start and the end.
		Matcher values = Pattern.compile("attributeName=\"d\"[^>]*repeatCount[^>]*values=\"([^\"]+)\"").matcher(svg);
		List<Integer> positions = new ArrayList<>();
		while (values.find()) {
			positions.add(new java.util.HashSet<>(List.of(values.group(1).split(";"))).size());
		}
		assertThat(positions).as("distinct positions of each moving path").hasSizeGreaterThan(4)
			.allMatch((count) -> count > 2)
			.contains(FigureRenderer.STEPS_PER_MOVE + 1);
		String still = FigureRenderer.render(figure("bridge"), Version.USUAL, false, Frame.END, null, "t");
		assertThat(still).doesNotContain("<animate");
	}

	@Test
	void theSecondSideIsTheMirrorImageOfTheFirst() {
		Figure figure = figure("side-plank");
		List<Double> first = xs(FigureRenderer.render(figure, Version.USUAL, false, Frame.END, null, "t"));
		List<Double> second = xs(FigureRenderer.render(figure, Version.USUAL, true, Frame.END, null, "t"));
		assertThat(first).hasSameSizeAs(second).isNotEqualTo(second);
		for (int i = 0; i < first.size(); i++) {
			assertThat(second.get(i)).as("x number %d", i).isCloseTo(FigureRenderer.WIDTH - first.get(i), within(0.11));
		}
	}

	@Test
	void theEasierVariationHasItsOwnPictureWhereItDiffers() {
		Figure birdDog = figure("bird-dog");
		assertThat(birdDog.easierDiffers()).isTrue();
		// One arm only: the leg stays down.
		assertThat(birdDog.easierEnd().farLeg()).isEqualTo(birdDog.start().farLeg());
		assertThat(birdDog.easierEnd().arm()).isEqualTo(birdDog.end().arm());
		assertThat(FigureRenderer.render(birdDog, Version.EASIER, false, Frame.END, null, "t"))
			.isNotEqualTo(FigureRenderer.render(birdDog, Version.USUAL, false, Frame.END, null, "t"));
		Figure catCow = figure("cat-cow");
		assertThat(catCow.easierEnd().bend()).isCloseTo((catCow.start().bend() + catCow.end().bend()) / 2, within(1e-9));
	}

	@Test
	void aTallPositionIsDrawnSmallerRatherThanCutOffAndALowOneLarger() {
		String wallAngel = FigureRenderer.render(figure("wall-angel"), Version.USUAL, false, Frame.END, null, "t");
		assertThat(wallAngel).contains("scale(0.");
		String bridge = FigureRenderer.render(figure("bridge"), Version.USUAL, false, Frame.END, null, "t");
		assertThat(bridge).contains("scale(1.");
	}

	@Nested
	class PoseData {

		@Test
		void aMistakeNamesItsLine() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> FigureBook.parse("figure x side\n  start torso=90\n  end tosro=80\n"))
				.withMessageContaining("line 3")
				.withMessageContaining("tosro");
			assertThatIllegalArgumentException().isThrownBy(() -> FigureBook.parse("figure x side\n  start arm=270\n"))
				.withMessageContaining("line 2")
				.withMessageContaining("needs 2 values");
			assertThatIllegalArgumentException().isThrownBy(() -> FigureBook.parse("figure x side\n  start torso=90\n"))
				.withMessageContaining("figure x")
				.withMessageContaining("'end' line is missing");
		}

		@Test
		void anEndThatMovesOneArmMovesBothUnlessTheFarOneIsNamed() {
			FigureBook book = FigureBook.parse("""
					figure both side
					  start arm=270,270
					  end arm=0,0
					figure one side
					  start arm=270,270
					  end arm=0,0 farArm=270,270
					""");
			assertThat(book.find("both").orElseThrow().end().farArm().upper().angle()).isZero();
			assertThat(book.find("one").orElseThrow().end().farArm().upper().angle()).isEqualTo(270);
		}

	}

	private static double distance(Point a, Point b) {
		return Math.hypot(a.x() - b.x(), a.y() - b.y());
	}

	/** The x of every point of every path, in order. */
	private static List<Double> xs(String svg) {
		List<Double> xs = new ArrayList<>();
		Matcher d = Pattern.compile(" d=\"([^\"]+)\"").matcher(svg);
		while (d.find()) {
			Matcher point = Pattern.compile("[MLQ ]?(-?\\d+\\.\\d) (-?\\d+\\.\\d)").matcher(d.group(1));
			while (point.find()) {
				xs.add(Double.parseDouble(point.group(1)));
			}
		}
		Matcher cx = Pattern.compile("cx=\"(-?[\\d.]+)\"").matcher(svg);
		while (cx.find()) {
			xs.add(Double.parseDouble(cx.group(1)));
		}
		return xs;
	}

}
