package app.limber.catalogue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The exercise pictures as a browser and the PDF renderer fetch them. */
@SpringBootTest
@AutoConfigureMockMvc
class FigureControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theMovingPictureFollowsTheBeginnerRhythmAndIsKeptAYear() {
		// Bridge for a beginner: 4 s of movement and a 5 s hold, shortened to 3 s on the catalogue's own picture.
		assertThat(this.mvc.get().uri("/figures/bridge.svg?v=" + Figures.REVISION)).hasStatusOk()
			.hasContentTypeCompatibleWith("image/svg+xml")
			.hasHeader("Cache-Control", "max-age=31536000, public, immutable")
			.bodyText()
			.contains("<title id=\"t\" lang=\"en\">Lying on the back with knees bent",
					"<animate attributeName=\"d\" dur=\"4.0s\" begin=\"0.0s\" fill=\"freeze\"",
					"dur=\"7.0s\" begin=\"7.0s\" repeatCount=\"indefinite\"");
	}

	@Test
	void thePlayerAsksForTheRhythmOfItsStepTheSecondSideAndTheEasierVariation() throws Exception {
		String usual = this.mvc.get().uri("/figures/bird-dog.svg?tempo=4&hold=6").exchange().getResponse().getContentAsString();
		assertThat(usual).contains("dur=\"10.0s\"");
		String mirrored = this.mvc.get().uri("/figures/bird-dog.svg?tempo=4&hold=6&side=2").exchange().getResponse()
			.getContentAsString();
		String easier = this.mvc.get().uri("/figures/bird-dog.svg?tempo=4&hold=6&version=easier").exchange()
			.getResponse().getContentAsString();
		assertThat(mirrored).isNotEqualTo(usual).contains("dur=\"10.0s\"");
		assertThat(easier).isNotEqualTo(usual).contains("(easier variation)");
	}

	@Test
	void stillsDoNotMove() {
		for (String frame : new String[] { "start", "end", "print" }) {
			assertThat(this.mvc.get().uri("/figures/cat-cow-" + frame + ".svg")).hasStatusOk()
				.hasHeader("Cache-Control", "max-age=3600, public")
				.bodyText()
				.contains("viewBox=\"0 0 240.0 160.0\"")
				.doesNotContain("<animate");
		}
		assertThat(this.mvc.get().uri("/figures/cat-cow-pair.svg")).hasStatusOk()
			.bodyText()
			.contains("viewBox=\"0 0 480.0 160.0\"")
			.doesNotContain("<animate");
	}

	/** A Spanish page's pictures carry their title in Spanish; the address says the language, so no cache mixes them. */
	@Test
	void aSpanishPageAsksForItsPicturesWithTheirTitleInSpanish() throws Exception {
		String page = this.mvc.get().uri("/exercises/cat-cow").header("Accept-Language", "es").exchange().getResponse()
			.getContentAsString();
		java.util.regex.Matcher picture = java.util.regex.Pattern.compile("src=\"(/figures/cat-cow\\.svg\\?[^\"]+)\"")
			.matcher(page);
		assertThat(picture.find()).as("the moving picture on the Spanish page").isTrue();
		String address = picture.group(1).replace("&amp;", "&");
		assertThat(address).contains("language=es");
		assertThat(this.mvc.get().uri(address)).hasStatusOk()
			.bodyText()
			.contains("<title id=\"t\" lang=\"es\">Sobre manos y rodillas, la espalda se redondea")
			.doesNotContain("On hands and knees");
		assertThat(this.mvc.get().uri("/figures/bird-dog-end.svg?version=easier&language=es")).bodyText()
			.contains("(variante más fácil)</title>");
		String english = this.mvc.get().uri("/exercises/cat-cow").exchange().getResponse().getContentAsString();
		assertThat(english).contains("/figures/cat-cow.svg?v=" + Figures.REVISION + "\"").doesNotContain("language=");
		assertThat(this.mvc.get().uri("/figures/cat-cow.svg?language=zz")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Nested
	class NoSuchPicture {

		@Test
		void anUnknownExerciseOrFrameIsNotFound() {
			assertThat(FigureControllerTests.this.mvc.get().uri("/figures/handstand.svg")).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(FigureControllerTests.this.mvc.get().uri("/figures/cat-cow-middle.svg"))
				.hasStatus(HttpStatus.NOT_FOUND);
		}

		@Test
		void aParameterOutOfRangeIsNotFoundRatherThanAnError() {
			for (String query : new String[] { "side=3", "version=hard", "tempo=0", "tempo=abc", "hold=-1", "hold=999" }) {
				assertThat(FigureControllerTests.this.mvc.get().uri("/figures/cat-cow.svg?" + query)).as(query)
					.hasStatus(HttpStatus.NOT_FOUND);
			}
		}

	}

}
