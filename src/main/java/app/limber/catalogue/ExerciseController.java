package app.limber.catalogue;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The catalogue pages. Filters are plain GET parameters, so they work without JavaScript and can be bookmarked. */
@Controller
class ExerciseController {

	private final Catalogue catalogue;

	ExerciseController(Catalogue catalogue) {
		this.catalogue = catalogue;
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
	String list(@Valid @ModelAttribute("filter") CatalogueFilterForm filter, BindingResult result, Model model) {
		// A value that doesn't parse is left unset by the binder and reported next to its field.
		List<ExerciseDetails> exercises = this.catalogue.find(filter.toFilter());
		model.addAttribute("exercises", exercises);
		return "exercises/list";
	}

	@GetMapping("/exercises/{slug}")
	String show(@PathVariable String slug, Model model) {
		model.addAttribute("exercise", this.catalogue.getBySlug(slug));
		return "exercises/detail";
	}

}
