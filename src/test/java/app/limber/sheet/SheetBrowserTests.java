package app.limber.sheet;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import app.limber.routine.Focus;
import app.limber.routine.Level;
import app.limber.routine.RoutineView;
import app.limber.BrowserTestSupport;
import app.limber.routine.Setting;

import static org.assertj.core.api.Assertions.assertThat;

/** What a person gets from their browser's Print on the sheet page. */
@Import(TestRoutines.class)
class SheetBrowserTests extends BrowserTestSupport {

	@Autowired
	private TestRoutines routines;

	@ParameterizedTest
	@ValueSource(strings = { "A4", "Letter" })
	void printingATwentyMinuteRoutineGivesOnePage(String paper) {
		// Nine steps print two to a row; a beginner's sixteen short steps print dense, three to a row.
		List<RoutineView> twentyMinutes = List.of(
				this.routines.build(20, Focus.TIGHT, Level.INTERMEDIATE, Setting.FLOOR, "Nine steps"),
				this.routines.build(20, Focus.HIPS, Level.BEGINNER, Setting.FLOOR, "Sixteen steps"));
		try (BrowserContext laptop = person(1280, 900)) {
			Page page = laptop.newPage();
			List<String> blocked = new ArrayList<>();
			page.onConsoleMessage((message) -> blocked.add(message.text()));
			for (RoutineView routine : twentyMinutes) {
				page.navigate("/routines/" + routine.id() + "/sheet");
				// The QR code and every illustration load under the app's Content-Security-Policy.
				assertThat((Boolean) page.evaluate("() => [...document.images].every(img => img.complete && img.naturalWidth > 0)"))
					.isTrue();
				assertThat((Integer) page.evaluate("() => document.images.length")).isEqualTo(routine.steps().size() + 1);

				byte[] pdf = page.pdf(new Page.PdfOptions().setFormat(paper));

				assertThat(Pdfs.pages(pdf)).as(routine.name() + " on " + paper).isEqualTo(1);
				String text = Pdfs.text(pdf);
				assertThat(text).contains(routine.name(), "Safety first", "Week 4",
						routine.steps().get(routine.steps().size() - 1).exercise().name());
				// The on-screen links are not printed.
				assertThat(text).doesNotContain("Back to the routine", "Download PDF");
			}
			assertThat(blocked).noneMatch((message) -> message.contains("Content Security Policy"));
		}
	}

}
