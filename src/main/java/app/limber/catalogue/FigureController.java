package app.limber.catalogue;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Serves the exercise pictures ({@link Figures}). An address that carries the current revision ({@code v}) never
 * changes what it shows, so browsers may keep it for a year; without it, for an hour like the static files.
 */
@Controller
class FigureController {

	/** With its charset: a picture's title may be in a language with letters beyond ASCII. */
	static final MediaType SVG = MediaType.parseMediaType("image/svg+xml;charset=UTF-8");

	private final Figures figures;

	FigureController(Figures figures) {
		this.figures = figures;
	}

	@GetMapping("/figures/{name}.svg")
	ResponseEntity<String> figure(@PathVariable String name, @RequestParam Map<String, String> parameters) {
		boolean current = Figures.REVISION.equals(parameters.get("v"));
		CacheControl cache = current ? CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
				: CacheControl.maxAge(Duration.ofHours(1)).cachePublic();
		return this.figures.svg(name, parameters)
			.map((svg) -> ResponseEntity.ok().contentType(SVG).cacheControl(cache).body(svg))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
