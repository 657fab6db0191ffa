package app.limber.sheet;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.limber.routine.Focus;
import app.limber.routine.Level;
import app.limber.routine.RoutineView;
import app.limber.routine.RoutineView.StepView;
import app.limber.routine.Setting;
import app.limber.system.Durations;

import static org.assertj.core.api.Assertions.assertThat;

/** The routine sheet as a PDF made on the server, read back the way a person would read the printed page. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestRoutines.class)
class SheetPdfTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestRoutines routines;

	@ParameterizedTest
	@EnumSource(Paper.class)
	void everyTwentyMinuteRoutineFitsOnOnePage(Paper paper) {
		List<String> overflowing = new ArrayList<>();
		for (Focus focus : Focus.values()) {
			for (Level level : Level.values()) {
				for (Setting setting : Setting.values()) {
					RoutineView routine = this.routines.build(20, focus, level, setting, "Twenty minutes");
					int pages = Pdfs.pages(pdf(routine, paper));
					if (pages != 1) {
						overflowing.add(focus + "/" + level + "/" + setting + ": " + pages + " pages");
					}
				}
			}
		}
		assertThat(overflowing).isEmpty();
	}

	/** Nine steps print with three cues each; a beginner's sixteen print dense, with their two most important. */
	@ParameterizedTest
	@CsvSource({ "INTERMEDIATE", "BEGINNER" })
	void showsEveryStepInOrderWithItsDosageAndKeyCues(Level level) {
		RoutineView routine = this.routines.build(20, Focus.BALANCED, level, Setting.FLOOR, "Morning back routine");
		// Up to five rows of two print three cues a step; a denser sheet prints the two most important.
		int rows = 0;
		for (app.limber.routine.Phase phase : app.limber.routine.Phase.values()) {
			rows += (routine.stepsIn(phase).size() + 1) / 2;
		}
		int cues = (rows <= Sheet.MAX_ROWS_OF_TWO) ? 3 : 2;
		String text = Pdfs.text(pdf(routine, Paper.A4));

		assertThat(text).contains("Morning back routine", "A bit of everything",
				"Total " + new Durations().words(routine.totalSeconds()), "Stretch",
				"Strengthen", "Tick a box each day you do it", "Safety first",
				"Stop an exercise if your pain increases, or if pain, tingling or numbness spreads down a leg.",
				"Get emergency care now", "See a clinician soon");
		List<String> namesInOrder = new ArrayList<>();
		for (StepView step : routine.steps()) {
			String name = step.exercise().name();
			namesInOrder.add(name);
			assertThat(text).as(name).contains(name, Dosages.inWords(step.prescription()));
			for (String cue : step.exercise().keyCues().subList(0, cues)) {
				assertThat(text).as(name).contains(Pdfs.oneLine(cue));
			}
		}
		assertThat(text).containsSubsequence(namesInOrder);
	}

	@Test
	void itsQrCodeOpensTheGuidedSession() {
		RoutineView routine = this.routines.build(15, Focus.TIGHT, Level.BEGINNER, Setting.DESK, "Desk break");
		byte[] pdf = pdf(routine, Paper.LETTER);

		assertThat(Pdfs.qrCodes(pdf)).containsExactly("http://localhost/routines/" + routine.id() + "/session");
		assertThat(Pdfs.text(pdf)).contains("localhost/r/" + ShortLinks.code(routine.id()));
	}

	@Test
	void embedsEveryFontItUses() {
		RoutineView routine = this.routines.build(10, Focus.WEAK, Level.INTERMEDIATE, Setting.FLOOR, "Core");
		assertThat(Pdfs.fonts(pdf(routine, Paper.A4))).isNotEmpty()
			.allSatisfy((font, embedded) -> assertThat(embedded).as(font).isTrue());
	}

	@Test
	void aLongerRoutineFlowsOntoASecondPageWithoutSplittingAStep() {
		// The longest routines, 30 minutes: those that need a second page must not split a step across the two.
		int flowed = 0;
		for (Focus focus : Focus.values()) {
			for (Level level : Level.values()) {
				RoutineView routine = this.routines.build(30, focus, level, Setting.FLOOR, "Long one");
				List<String> pages = Pdfs.pageTexts(pdf(routine, Paper.A4));
				assertThat(pages).hasSizeBetween(1, 2);
				if (pages.size() == 2) {
					flowed++;
					for (StepView step : routine.steps()) {
						// The name opens a step and its last printed cue closes it: both on the same page.
						String lastCue = step.exercise().keyCues().get(1);
						assertThat(pages).as(step.exercise().name())
							.anySatisfy((page) -> assertThat(page).contains(step.exercise().name(),
									Dosages.inWords(step.prescription()), Pdfs.oneLine(lastCue)));
					}
				}
			}
		}
		// With at most 4 + minutes / 5 main exercises, most 30-minute routines now fit one page; any that flow over
		// must still keep each step whole.
		assertThat(flowed).as("30-minute routines that needed a second page").isBetween(0, Focus.values().length * 2);
	}

	@Test
	void downloadsUnderTheRoutinesName() {
		RoutineView routine = this.routines.build(10, Focus.HIPS, Level.BEGINNER, Setting.FLOOR, "Morning back routine");
		assertThat(this.mvc.get().uri("/routines/{id}/sheet.pdf", routine.id())).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_PDF)
			.headers()
			.hasValue(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"morning-back-routine.pdf\"; filename*=UTF-8''morning-back-routine.pdf");
	}

	@Test
	void paperFollowsTheLanguageUnlessChosen() {
		RoutineView routine = this.routines.build(10, Focus.HIPS, Level.BEGINNER, Setting.FLOOR, "Paper");
		assertThat(pageSize(this.mvc.get().uri("/routines/{id}/sheet.pdf", routine.id()).header("Accept-Language", "en-GB")))
			.isEqualTo("595 x 842");
		assertThat(pageSize(this.mvc.get().uri("/routines/{id}/sheet.pdf", routine.id()).header("Accept-Language", "en-US")))
			.isEqualTo("612 x 792");
		assertThat(pageSize(
				this.mvc.get().uri("/routines/{id}/sheet.pdf?paper=a4", routine.id()).header("Accept-Language", "en-US")))
			.isEqualTo("595 x 842");
	}

	private byte[] pdf(RoutineView routine, Paper paper) {
		MvcTestResult result = this.mvc.get()
			.uri("/routines/{id}/sheet.pdf?paper={paper}", routine.id(), paper.urlValue())
			.exchange();
		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		return result.getResponse().getContentAsByteArray();
	}

	/** The first page's size in points, rounded: A4 is 595 x 842, US Letter 612 x 792. */
	private static String pageSize(MockMvcTester.MockMvcRequestBuilder request) {
		byte[] pdf = request.exchange().getResponse().getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			var box = document.getPage(0).getMediaBox();
			return Math.round(box.getWidth()) + " x " + Math.round(box.getHeight());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
