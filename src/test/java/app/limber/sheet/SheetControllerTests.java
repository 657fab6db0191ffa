package app.limber.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.limber.routine.Focus;
import app.limber.routine.Level;
import app.limber.routine.Phase;
import app.limber.routine.RoutineView;
import app.limber.routine.Setting;
import app.limber.system.Durations;
import app.limber.system.HashedLinks;

import static org.assertj.core.api.Assertions.assertThat;

/** The sheet page, its QR code and its short link. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestRoutines.class)
class SheetControllerTests {

	private static final String UNKNOWN = "8b0c3f7e-2f4a-4d8e-9c1b-5a6d7e8f9a0b";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestRoutines routines;

	/**
	 * Pictures that read on a wall: at least 30 mm wide (114 px at 96 px an inch, the size the PDF renderer draws them
	 * at) on every 20-minute sheet, the densest included. The PDF tests check that these still fit on one page.
	 */
	@Test
	void everyPictureOnATwentyMinuteSheetIsAtLeastThirtyMillimetresWide() throws Exception {
		java.util.regex.Pattern picture = java.util.regex.Pattern
			.compile("<div class=\"sheet-step__picture\">\\s*<img [^>]*width=\"(\\d+)\" height=\"(\\d+)\"");
		for (Focus focus : Focus.values()) {
			for (Level level : Level.values()) {
				for (Setting setting : Setting.values()) {
					RoutineView routine = this.routines.build(20, focus, level, setting, "Twenty minutes");
					String page = this.mvc.get().uri("/routines/{id}/sheet", routine.id()).exchange().getResponse()
						.getContentAsString();
					java.util.regex.Matcher img = picture.matcher(page);
					int pictures = 0;
					while (img.find()) {
						pictures++;
						int width = Integer.parseInt(img.group(1));
						assertThat(width * 25.4 / 96).as("%s/%s/%s picture width in mm", focus, level, setting)
							.isGreaterThanOrEqualTo(30.0);
						assertThat(Integer.parseInt(img.group(2)) * 3).isBetween(width * 2 - 3, width * 2 + 3);
					}
					assertThat(pictures).isEqualTo(routine.steps().size());
				}
			}
		}
	}

	@Test
	void theSheetPageHoldsEverythingToFollowTheRoutineWithoutAScreen() {
		RoutineView routine = this.routines.build(20, Focus.TIGHT, Level.INTERMEDIATE, Setting.FLOOR,
				"Morning back routine");
		String id = routine.id().toString();

		assertThat(this.mvc.get().uri("/routines/{id}/sheet", id)).hasStatusOk()
			.bodyText()
			.contains("<h1 class=\"sheet-header__title\">Morning back routine</h1>", "Stiff from sitting", "Total ",
					">Stretch<", ">Strengthen<", "Tick a box each day you do it", "Week 4", "Safety first",
					"spreads down a leg", "Get emergency care now", "See a clinician soon")
			.contains("src=\"/routines/" + id + "/qr.png\"", "href=\"http://localhost/r/" + ShortLinks.code(routine.id()) + "\"")
			.containsPattern("href=\"" + HashedLinks.of("/css/sheet.css") + "\"")
			.contains("href=\"/routines/" + id + "/sheet.pdf?paper=a4\"")
			.contains(routine.steps().stream().map((step) -> step.exercise().printPath()).toList())
			.contains(routine.steps().get(0).exercise().keyCues())
			// A page of its own: none of the site's navigation, nothing the CSP would block.
			.doesNotContain("site-header", "<script", "style=");
		// The header's split is the stretching and the strengthening, not the warm-up and the stretching.
		Durations durations = new Durations();
		assertThat(this.mvc.get().uri("/routines/{id}/sheet", id)).hasStatusOk()
			.bodyText()
			.contains("(stretch " + durations.words(routine.secondsIn(Phase.STRETCH)) + ", then strengthen "
					+ durations.words(routine.secondsIn(Phase.STRENGTHEN)) + ")");
	}

	@Test
	void theQrCodeIsAPngThatOpensTheGuidedSession() throws IOException {
		RoutineView routine = this.routines.build(10, Focus.WEAK, Level.BEGINNER, Setting.DESK, "Desk");
		MvcTestResult result = this.mvc.get().uri("/routines/{id}/qr.png", routine.id()).exchange();

		assertThat(result).hasStatusOk().hasContentType(MediaType.IMAGE_PNG);
		var image = ImageIO.read(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
		assertThat(Pdfs.qrCode(image)).isEqualTo("http://localhost/routines/" + routine.id() + "/session");
	}

	@Test
	void theShortLinkLeadsToTheGuidedSession() {
		RoutineView routine = this.routines.build(10, Focus.HIPS, Level.BEGINNER, Setting.FLOOR, "Hips");
		assertThat(this.mvc.get().uri("/r/{code}", ShortLinks.code(routine.id()))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/routines/" + routine.id() + "/session");
	}

	@Nested
	class UnknownRoutine {

		@Test
		void sheetPageIsTheAppsOwn404() {
			assertThat(SheetControllerTests.this.mvc.get().uri("/routines/{id}/sheet", UNKNOWN))
				.hasStatus(HttpStatus.NOT_FOUND)
				.bodyText()
				.contains("There is no routine at this address");
		}

		@Test
		void pdfIs404() {
			assertThat(SheetControllerTests.this.mvc.get().uri("/routines/{id}/sheet.pdf", UNKNOWN))
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(SheetControllerTests.this.mvc.get().uri("/routines/not-a-routine/sheet.pdf"))
				.hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void qrCodeIs404() {
			assertThat(SheetControllerTests.this.mvc.get().uri("/routines/{id}/qr.png", UNKNOWN))
				.hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void aMistypedShortLinkIs404() {
			assertThat(SheetControllerTests.this.mvc.get().uri("/r/{code}", "not-a-code")).hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void anUnknownPaperIsABadRequest() {
			assertThat(SheetControllerTests.this.mvc.get().uri("/routines/{id}/sheet.pdf?paper=a3", UNKNOWN))
				.hasStatus(HttpStatus.BAD_REQUEST);
		}

	}

}
