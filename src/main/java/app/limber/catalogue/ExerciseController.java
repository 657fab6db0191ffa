package app.limber.catalogue;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import app.limber.system.RenderedFragments;

/** The catalogue pages. Filters are plain GET parameters, so they work without JavaScript and can be bookmarked. */
@Controller
class ExerciseController {

	private final Catalogue catalogue;

	private final RenderedFragments fragments;

	ExerciseController(Catalogue catalogue, RenderedFragments fragments) {
		this.catalogue = catalogue;
		this.fragments = fragments;
	}

	@ModelAttribute("kinds")
	ExerciseKind[] kinds() {
		return ExerciseKind.values();
	}

	@ModelAttribute("areas")
	BodyArea[] areas() {
		return BodyArea.values();
	}

	@ModelAttribute("positions")
	StartPosition[] positions() {
		return StartPosition.values();
	}

	@GetMapping("/exercises")
	String list(@Valid @ModelAttribute("filter") CatalogueFilterForm filter, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		// A value that doesn't parse is left unset by the binder and reported next to its field.
		List<ExerciseDetails> exercises = this.catalogue.find(filter.toFilter());
		model.addAttribute("exercises", exercises);
		model.addAttribute("cards", exercises.stream()
			.map((exercise) -> this.fragments.get("exercises/card", "card", exercise.slug(),
					Map.of("exercise", exercise), request, response))
			.toList());
		return "exercises/list";
	}

	@GetMapping("/exercises/{slug}")
	String show(@PathVariable String slug, Model model, HttpServletRequest request, HttpServletResponse response) {
		ExerciseDetails exercise = this.catalogue.getBySlug(slug);
		model.addAttribute("exercise", exercise);
		model.addAttribute("article", this.fragments.get("exercises/article", "article", exercise.slug(),
				Map.of("exercise", exercise), request, response));
		return "exercises/detail";
	}

}
