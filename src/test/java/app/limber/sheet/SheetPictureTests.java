package app.limber.sheet;

import java.io.InputStream;

import com.openhtmltopdf.extend.FSStream;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import app.limber.catalogue.Figures;
import app.limber.routine.Focus;
import app.limber.routine.Level;
import app.limber.routine.RoutineView;
import app.limber.routine.Setting;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF renderer gets every step's picture from the app itself, drawn still for paper. */
@SpringBootTest
@Import(TestRoutines.class)
class SheetPictureTests {

	private static final String APP = "http://localhost:8080";

	@Autowired
	private Figures figures;

	@Autowired
	private TestRoutines routines;

	@Test
	void everyStepOfASheetHasAStillPictureForThePdf() throws Exception {
		StaticFiles files = new StaticFiles(APP, this.figures);
		RoutineView routine = this.routines.build(20, Focus.TIGHT, Level.BEGINNER, Setting.FLOOR, "Twenty minutes");
		for (RoutineView.StepView step : routine.steps()) {
			String address = APP + step.exercise().printPath();
			FSStream stream = files.getUrl(address);
			try (InputStream in = stream.getStream()) {
				assertThat(in).as(address).isNotNull();
				String svg = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				assertThat(svg).startsWith("<svg").contains("<title id=\"t\" lang=\"en\">").doesNotContain("<animate");
			}
		}
	}

	@Test
	void anAddressThatIsNoPictureGivesNothing() {
		StaticFiles files = new StaticFiles(APP, this.figures);
		assertThat(files.getUrl(APP + "/figures/handstand-print.svg").getStream()).isNull();
		assertThat(files.getUrl("http://elsewhere.example/figures/cat-cow-print.svg").getStream()).isNull();
	}

}
