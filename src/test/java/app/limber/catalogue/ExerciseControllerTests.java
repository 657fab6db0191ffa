package app.limber.catalogue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;


import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue pages over the real, migrated catalogue. */
@SpringBootTest
@AutoConfigureMockMvc
class ExerciseControllerTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsEveryExerciseAsACard() {
		assertThat(this.mvc.get().uri("/exercises")).hasStatusOk()
			.bodyText()
			.contains("href=\"/exercises/cat-cow\"", "href=\"/exercises/superman\"", "/figures/bridge-end.svg?v=")
			.containsPattern("\\d+ exercises");
	}

	@Test
	void filtersCombineAndStayInTheUrl() {
		assertThat(this.mvc.get().uri("/exercises?kind=stretch&noFloor=true")).hasStatusOk()
			.bodyText()
			.contains("href=\"/exercises/standing-hamstring-stretch\"", "href=\"/exercises/seated-piriformis-stretch\"")
			.doesNotContain("href=\"/exercises/hamstring-stretch\"", "href=\"/exercises/seated-twist\"")
			.contains("<option value=\"stretch\" selected=\"selected\">");
	}

	@Test
	void searchFindsByName() {
		assertThat(this.mvc.get().uri("/exercises?q=bird")).hasStatusOk()
			.bodyText()
			.contains("href=\"/exercises/bird-dog\"")
			.doesNotContain("href=\"/exercises/cat-cow\"");
	}

	@Test
	void anEmptyResultSaysSoAndOffersToClearTheFilters() {
		assertThat(this.mvc.get().uri("/exercises?q=trampoline")).hasStatusOk()
			.bodyText()
			.contains("No exercise matches all of these filters.", "Clear filters");
	}

	@Test
	void showsEverythingAboutAnExercise() {
		assertThat(this.mvc.get().uri("/exercises/bird-dog")).hasStatusOk()
			.bodyText()
			.contains("<h1>Bird-dog</h1>", "How to do it", "Key cues", "Common mistakes", "Take care", "Beginner",
					// Moving, with both positions side by side for less motion, and words for what the body does.
					"src=\"/figures/bird-dog.svg?v=", "media=\"(prefers-reduced-motion: reduce)\"",
					"srcset=\"/figures/bird-dog-pair.svg?v=", "alt=\"On hands and knees with a flat back, one arm");
	}

	/** The dose on the page is the one a routine gives: McGill's curl-up in a 5-3-1 pyramid, not three equal sets. */
	@Test
	void mcGillsEnduranceExercisesShowTheirPyramid() {
		assertThat(this.mvc.get().uri("/exercises/curl-up")).hasStatusOk()
			.bodyText()
			.contains("Hold 8 s × 5-3-1", "Hold 10 s × 6-4-2")
			.doesNotContain("Hold 8 s × 5 · 3 sets");
		assertThat(this.mvc.get().uri("/exercises/bridge")).hasStatusOk().bodyText().doesNotContainPattern("× \\d+-\\d+");
	}

	/**
	 * Cards and exercise pages are rendered once per language and kept (RenderedFragments): whichever language asks
	 * first, each language keeps getting its own words, and filters still choose the cards.
	 */
	@Test
	void eachLanguageKeepsItsOwnWordsOnceTheCatalogueIsKept() {
		for (int visit = 0; visit < 2; visit++) {
			assertThat(this.mvc.get().uri("/exercises").header("Accept-Language", "es")).hasStatusOk()
				.bodyText()
				.contains(">Gato-vaca</a>", "Zona lumbar")
				.doesNotContain(">Cat-cow</a>");
			assertThat(this.mvc.get().uri("/exercises").header("Accept-Language", "en")).hasStatusOk()
				.bodyText()
				.contains(">Cat-cow</a>", "Lower back")
				.doesNotContain("Gato-vaca", "Zona lumbar");
			assertThat(this.mvc.get().uri("/exercises/cat-cow").header("Accept-Language", "es")).hasStatusOk()
				.bodyText()
				.contains("<h1>Gato-vaca</h1>", "Cómo se hace", "Todos los ejercicios")
				.doesNotContain("How to do it");
			assertThat(this.mvc.get().uri("/exercises/cat-cow").header("Accept-Language", "en")).hasStatusOk()
				.bodyText()
				.contains("<h1>Cat-cow</h1>", "How to do it")
				.doesNotContain("Cómo se hace", "Gato-vaca");
			assertThat(this.mvc.get().uri("/exercises?q=bird").header("Accept-Language", "en")).hasStatusOk()
				.bodyText()
				.contains("href=\"/exercises/bird-dog\"")
				.doesNotContain("href=\"/exercises/cat-cow\"");
		}
	}

	@Nested
	class BadInput {

		@Test
		void unknownSlugGetsTheAppsOwn404Page() {
			assertThat(ExerciseControllerTests.this.mvc.get().uri("/exercises/moonwalk"))
				.hasStatus(HttpStatus.NOT_FOUND)
				.bodyText()
				.contains("There is no exercise at this address", "Browse the exercises")
				.doesNotContain("Whitelabel");
		}

		@Test
		void unknownFilterValueIsReportedNextToItsFieldAndIgnored() {
			assertThat(ExerciseControllerTests.this.mvc.get().uri("/exercises?kind=yoga&position=standing"))
				.hasStatusOk()
				.bodyText()
				.contains("id=\"kind-error\"", "so it was ignored")
				.contains("href=\"/exercises/standing-hamstring-stretch\"")
				.doesNotContain("href=\"/exercises/cat-cow\"");
		}

		@Test
		void overLongSearchIsReportedNotAnError() {
			assertThat(ExerciseControllerTests.this.mvc.get().uri("/exercises?q=" + "a".repeat(300)))
				.hasStatusOk()
				.bodyText()
				.contains("id=\"q-error\"");
		}

		@Test
		void markupInTheSearchIsEscaped() {
			assertThat(ExerciseControllerTests.this.mvc.get().uri("/exercises?q=<script>alert(1)</script>"))
				.hasStatusOk()
				.bodyText()
				.doesNotContain("<script>alert(1)</script>")
				.contains("&lt;script&gt;");
		}

	}

}
