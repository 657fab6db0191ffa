package app.limber.catalogue;

import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.limber.routine.DoseSteps;
import app.limber.routine.DosageLimits;
import app.limber.routine.Focus;
import app.limber.routine.Level;
import app.limber.routine.Prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Every exercise in the catalogue is complete, dosed within the reference ranges
 * (shared/reference/exercise-facts.md §2) and has a moving picture drawn from its pose data.
 */
@DataJpaTest(showSql = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogueContentTests {

	/** Named by the source documents; their URLs are shared, so they are fixed. */
	static final Set<String> REQUIRED_SLUGS = Set.of("cat-cow", "childs-pose", "hamstring-stretch",
			"piriformis-stretch", "trunk-rotation", "knee-to-chest", "hip-flexor-stretch", "bridge", "plank",
			"bird-dog", "superman", "pelvic-tilt", "dead-bug", "side-plank", "curl-up", "prone-press-up");

	@Autowired
	private ExerciseRepository repository;

	@Autowired
	private PlatformTransactionManager transactions;

	private List<ExerciseDetails> catalogue;

	@BeforeAll
	void loadCatalogue() {
		this.catalogue = new TransactionTemplate(this.transactions).execute((status) -> this.repository
			.findAllByOrderByNameAsc()
			.stream()
			.map(Exercise::toDetails)
			.toList());
	}

	@Test
	void holdsAtLeastTwentyFourExercisesIncludingEveryOneTheSourcesName() {
		assertThat(this.catalogue).hasSizeGreaterThanOrEqualTo(24);
		assertThat(this.catalogue).extracting(ExerciseDetails::slug).containsAll(REQUIRED_SLUGS).doesNotHaveDuplicates();
	}

	@Test
	void aDeskWorkerGetsStretchesAndStrengtheningWithoutTheFloor() {
		List<ExerciseDetails> noFloor = this.catalogue.stream().filter((e) -> !e.needsFloor()).toList();
		assertThat(noFloor.stream().filter((e) -> e.kind().loosens())).hasSizeGreaterThanOrEqualTo(5);
		assertThat(noFloor.stream().filter((e) -> e.kind() == ExerciseKind.STRENGTHENING)).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void aSessionCanOpenWithGentleMovementStandingAndEndWithSlowBreathing() {
		assertThat(this.catalogue).filteredOn((e) -> e.fits(SessionPart.WARM_UP))
			.extracting(ExerciseDetails::slug)
			.contains("marching-on-the-spot", "shoulder-rolls");
		assertThat(this.catalogue).filteredOn((e) -> e.fits(SessionPart.WARM_UP))
			.allSatisfy((e) -> {
				assertThat(e.needsFloor()).as(e.slug() + " warms up without the floor").isFalse();
				assertThat(e.intensity()).isEqualTo(Intensity.GENTLE);
				assertThat(e.kind()).isEqualTo(ExerciseKind.MOBILITY);
			});
		assertThat(this.catalogue).filteredOn((e) -> e.fits(SessionPart.COOL_DOWN))
			.extracting(ExerciseDetails::slug)
			.containsExactly("slow-breathing");
		assertThat(this.catalogue).allSatisfy((e) -> assertThat(e.parts()).as(e.slug()).isNotEmpty());
	}

	@Test
	void hipPrecautionsRuleOutKneelingAndBendingTheHipPastARightAngle() {
		assertThat(this.catalogue).filteredOn(ExerciseDetails::kneeling)
			.isNotEmpty()
			.allSatisfy((e) -> assertThat(e.contraindications()).as(e.slug()).contains(HealthCondition.HIP_REPLACEMENT));
		assertThat(this.catalogue).filteredOn((e) -> Set.of("dead-bug", "knee-to-chest", "childs-pose",
				"piriformis-stretch", "seated-piriformis-stretch", "hamstring-stretch").contains(e.slug()))
			.hasSize(6)
			.allSatisfy((e) -> assertThat(e.contraindications()).as(e.slug()).contains(HealthCondition.HIP_REPLACEMENT));
	}

	@Test
	void bothPelvicTiltsSayHowTheyMoveTheSpine() {
		assertThat(this.catalogue).filteredOn((e) -> e.slug().equals("pelvic-tilt"))
			.singleElement()
			.satisfies((e) -> assertThat(e.spineLoads()).containsExactly(SpineMovement.FLEXION));
		assertThat(this.catalogue).filteredOn((e) -> e.slug().equals("seated-pelvic-tilt"))
			.singleElement()
			.satisfies((e) -> assertThat(e.spineLoads()).containsExactly(SpineMovement.FLEXION, SpineMovement.EXTENSION));
	}

	@Test
	void everyExerciseAllowedInPregnancyThatMentionsItCarriesItsNote() {
		assertThat(this.catalogue).filteredOn((e) -> e.slug().equals("seated-brace"))
			.singleElement()
			.satisfies((e) -> assertThat(e.pregnancyNotes()).singleElement().asString().contains("midwife"));
		assertThat(this.catalogue).filteredOn((e) -> !e.contraindications().contains(HealthCondition.PREGNANCY))
			.filteredOn((e) -> String.join(" ", e.cautions()).toLowerCase().contains("pregnan"))
			.isNotEmpty()
			.allSatisfy((e) -> assertThat(e.pregnancyNotes()).as(e.slug()).isNotEmpty());
	}

	@TestFactory
	Stream<DynamicTest> everyExerciseIsComplete() {
		return this.catalogue.stream().map((exercise) -> DynamicTest.dynamicTest(exercise.slug(), () -> assertSoftly((soft) -> {
			soft.assertThat(exercise.slug()).matches("[a-z]+(-[a-z0-9]+)*");
			soft.assertThat(exercise.name()).isNotBlank();
			soft.assertThat(exercise.benefit()).isNotBlank();
			soft.assertThat(exercise.equipment()).isNotBlank();
			soft.assertThat(exercise.areas()).as("areas").isNotEmpty();
			soft.assertThat(exercise.steps()).as("steps").hasSizeGreaterThanOrEqualTo(3).allMatch((s) -> !s.isBlank());
			soft.assertThat(exercise.cues()).as("cues").hasSizeGreaterThanOrEqualTo(2).allMatch((s) -> !s.isBlank());
			soft.assertThat(exercise.mistakes()).as("mistakes").isNotEmpty().allMatch((s) -> !s.isBlank());
			soft.assertThat(exercise.cautions()).as("cautions").isNotEmpty().allMatch((s) -> !s.isBlank());
			soft.assertThat(exercise.easierVariation() != null || exercise.harderVariation() != null)
				.as("has a variation").isTrue();
		})));
	}

	@TestFactory
	Stream<DynamicTest> everyDosageIsWithinTheEvidenceRanges() {
		return this.catalogue.stream().map((exercise) -> DynamicTest.dynamicTest(exercise.slug(), () -> {
			Dosage beginner = exercise.beginnerDosage();
			Dosage regular = exercise.regularDosage();
			assertSoftly((soft) -> {
				for (Dosage dosage : List.of(beginner, regular)) {
					soft.assertThat(dosage.tempoSeconds()).as("tempo").isBetween(2, 8);
					soft.assertThat(dosage.sets()).as("sets").isBetween(1, 3);
					soft.assertThat(dosage.restSeconds()).as("rest").isBetween(0, 60);
					if (dosage.sets() == 1) {
						soft.assertThat(dosage.restSeconds()).as("no rest after a single set").isZero();
					}
					switch (exercise.kind()) {
						case STRETCH -> {
							soft.assertThat(dosage.holdSeconds()).as("static hold").isBetween(10, 30);
							soft.assertThat(dosage.reps()).as("stretch reps").isBetween(2, 4);
						}
						case MOBILITY -> {
							soft.assertThat(dosage.holdSeconds()).as("mobility hold").isBetween(0, 5);
							// Marching counts a lift of each knee as one rep: a 30-40 s bout of light activity.
							soft.assertThat(dosage.reps()).as("mobility reps")
								.isBetween(5, exercise.slug().equals("marching-on-the-spot") ? 20 : 15);
						}
						case STRENGTHENING -> {
							soft.assertThat(dosage.holdSeconds()).as("McGill-style hold").isBetween(0, 10);
							soft.assertThat(dosage.reps()).as("strength reps").isBetween(3, 15);
						}
					}
				}
				if (exercise.kind() == ExerciseKind.STRETCH) {
					soft.assertThat(beginner.holdSeconds()).as("beginner holds start at 10-15 s").isBetween(10, 15);
				}
				soft.assertThat(work(regular)).as("regular does more than beginner").isGreaterThan(work(beginner));
				// And within the one place every limit lives, on the numbers a clinician writes.
				for (Level level : Level.values()) {
					Prescription dose = Prescription.of((level == Level.BEGINNER) ? beginner : regular, exercise.perSide());
					soft.assertThat(DosageLimits.of(exercise, level, Focus.BALANCED).allows(dose))
						.as(level + " dose within DosageLimits: " + dose).isTrue();
					soft.assertThat(DoseSteps.onLadder(dose)).as(level + " dose on the ladders: " + dose).isTrue();
				}
			});
		}));
	}

	/**
	 * Every exercise has a picture drawn from its pose data, in every frame, version and side the app serves: it
	 * parses as SVG, says what the body does, draws a body, moves (with SMIL) only when it should, and its start and
	 * end positions differ.
	 */
	@TestFactory
	Stream<DynamicTest> everyExerciseHasAPictureThatParsesAndMoves() throws Exception {
		FigureBook book = FigureBook.load();
		Properties messages = new Properties();
		try (InputStream in = new ClassPathResource("messages.properties").getInputStream()) {
			messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return this.catalogue.stream().map((exercise) -> DynamicTest.dynamicTest(exercise.slug(), () -> {
			Figure figure = book.find(exercise.slug()).orElse(null);
			assertThat(figure).as("a figure in " + FigureBook.RESOURCE).isNotNull();
			String words = messages.getProperty("figure." + exercise.slug());
			assertThat(words).as("words for what the body does").isNotBlank().doesNotContain("TODO");
			for (FigureRenderer.Frame frame : FigureRenderer.Frame.values()) {
				for (Figure.Version version : Figure.Version.values()) {
					for (boolean mirrored : List.of(false, true)) {
						String svg = FigureRenderer.render(figure, version, mirrored, frame,
								new FigureRenderer.Timing(exercise.beginnerDosage().tempoSeconds(),
										exercise.beginnerDosage().holdSeconds()),
								words);
						Document document = parse(svg);
						Element root = document.getDocumentElement();
						String what = frame + " " + version + (mirrored ? " mirrored" : "");
						assertThat(root.getLocalName()).as(what).isEqualTo("svg");
						assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
						assertThat(root.getAttribute("viewBox")).as(what)
							.isEqualTo(frame == FigureRenderer.Frame.PAIR ? "0 0 480.0 160.0" : "0 0 240.0 160.0");
						assertThat(document.getElementsByTagNameNS("*", "title").item(0).getTextContent())
							.as("a <title> for screen readers").isEqualTo(words);
						assertThat(document.getElementsByTagNameNS("*", "circle").getLength()).as("a head").isPositive();
						assertThat(document.getElementsByTagNameNS("*", "path").getLength()).as("a body").isGreaterThan(10);
						assertThat(document.getElementsByTagNameNS("*", "animate").getLength() > 0).as(what + " moves")
							.isEqualTo(frame == FigureRenderer.Frame.MOVING);
					}
				}
			}
			assertThat(FigureRenderer.render(figure, Figure.Version.USUAL, false, FigureRenderer.Frame.START, null, words))
				.as("the start and end positions differ")
				.isNotEqualTo(FigureRenderer.render(figure, Figure.Version.USUAL, false, FigureRenderer.Frame.END, null,
						words));
		}));
	}

	@Test
	void noSlugLooksLikeTheNameOfAFrame() {
		// /figures/{slug}-end.svg is the end position: a slug ending like a frame would make its address ambiguous.
		assertThat(this.catalogue).extracting(ExerciseDetails::slug)
			.noneMatch((slug) -> slug.matches(".*-(start|end|pair|print|moving)"));
	}

	private static Document parse(String svg) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(svg)));
	}

	private static int work(Dosage dosage) {
		return dosage.sets() * dosage.reps() * Math.max(dosage.holdSeconds(), 1);
	}

}
