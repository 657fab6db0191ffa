package app.limber.catalogue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class ExerciseApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsTheWholeCatalogueWithEveryField() {
		assertThat(this.mvc.get().uri("/api/exercises")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.hasPathSatisfying("$.length()", (length) -> assertThat(length).asNumber().asInstanceOf(
					org.assertj.core.api.InstanceOfAssertFactories.INTEGER).isGreaterThanOrEqualTo(24))
			.hasPathSatisfying("$[?(@.slug == 'cat-cow')].kind", (kind) -> assertThat(kind).asArray().containsExactly("mobility"))
			.hasPathSatisfying("$[?(@.slug == 'cat-cow')].position", (p) -> assertThat(p).asArray().containsExactly("all-fours"))
			.hasPathSatisfying("$[0].beginnerDosage.reps", (reps) -> assertThat(reps).isNotNull())
			.hasPathSatisfying("$[0].regularDosage.sets", (sets) -> assertThat(sets).isNotNull())
			.hasPathSatisfying("$[0].steps", (steps) -> assertThat(steps).asArray().isNotEmpty())
			.hasPathSatisfying("$[0].cautions", (cautions) -> assertThat(cautions).asArray().isNotEmpty())
			.hasPathSatisfying("$[0].illustration", (path) -> assertThat(path).asString().startsWith("/figures/"));
	}

	@Test
	void takesTheSameFiltersAsThePage() {
		assertThat(this.mvc.get().uri("/api/exercises?kind=strengthening&position=seated")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[*].kind", (kinds) -> assertThat(kinds).asArray().isNotEmpty().containsOnly("strengthening"))
			.hasPathSatisfying("$[*].position", (positions) -> assertThat(positions).asArray().containsOnly("seated"));
		assertThat(this.mvc.get().uri("/api/exercises?area=hamstrings&q=standing")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$[*].slug", (slugs) -> assertThat(slugs).asArray().containsExactly("standing-hamstring-stretch"));
	}

	@Test
	void returnsOneExercise() {
		assertThat(this.mvc.get().uri("/api/exercises/plank")).hasStatusOk()
			.bodyJson()
			.hasPathSatisfying("$.slug", (slug) -> assertThat(slug).isEqualTo("plank"))
			.hasPathSatisfying("$.name", (name) -> assertThat(name).asString().contains("Plank"))
			.hasPathSatisfying("$.kind", (kind) -> assertThat(kind).isEqualTo("strengthening"));
	}

	@Nested
	class Problems {

		@Test
		void unknownSlugIsA404Problem() {
			assertThat(ExerciseApiTests.this.mvc.get().uri("/api/exercises/moonwalk"))
				.hasStatus(HttpStatus.NOT_FOUND)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.status", (status) -> assertThat(status).isEqualTo(404))
				.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString().contains("moonwalk"));
		}

		@Test
		void badFilterValueIsA400ProblemThatNamesIt() {
			assertThat(ExerciseApiTests.this.mvc.get().uri("/api/exercises?kind=yoga"))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyJson()
				.hasPathSatisfying("$.parameter", (parameter) -> assertThat(parameter).isEqualTo("kind"))
				.hasPathSatisfying("$.detail", (detail) -> assertThat(detail).asString()
					.contains("'yoga'", "stretch, mobility, strengthening"));
		}

		@Test
		void badBooleanIsA400Problem() {
			assertThat(ExerciseApiTests.this.mvc.get().uri("/api/exercises?noFloor=maybe"))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}

		@Test
		void overLongSearchIsA400Problem() {
			assertThat(ExerciseApiTests.this.mvc.get().uri("/api/exercises?q=" + "a".repeat(300)))
				.hasStatus(HttpStatus.BAD_REQUEST)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}

	}

}
