package app.limber.catalogue;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/exercises")
class ExerciseApiController {

	private final Catalogue catalogue;

	ExerciseApiController(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping
	List<ExerciseDetails> list(@RequestParam(required = false) ExerciseKind kind,
			@RequestParam(required = false) BodyArea area, @RequestParam(required = false) StartPosition position,
			@RequestParam(defaultValue = "false") boolean noFloor,
			@RequestParam(required = false) @Size(max = 100) String q) {
		return this.catalogue.find(new CatalogueFilter(kind, area, position, noFloor, q));
	}

	@GetMapping("/{slug}")
	ExerciseDetails show(@PathVariable String slug) {
		return this.catalogue.getBySlug(slug);
	}

}
