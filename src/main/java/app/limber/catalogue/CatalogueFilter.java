package app.limber.catalogue;

import java.util.Locale;

/**
 * The catalogue's filters as they appear in the URL. Every filter is optional and they combine: an exercise
 * is shown only when it passes all that are set.
 */
public record CatalogueFilter(ExerciseKind kind, BodyArea area, StartPosition position, boolean noFloor,
		String q) {

	public static final CatalogueFilter NONE = new CatalogueFilter(null, null, null, false, null);

	public boolean isEmpty() {
		return this.kind == null && this.area == null && this.position == null && !this.noFloor && !hasText();
	}

	boolean matches(ExerciseDetails exercise) {
		return (this.kind == null || exercise.kind() == this.kind)
				&& (this.area == null || exercise.areas().contains(this.area))
				&& (this.position == null || exercise.position() == this.position)
				&& (!this.noFloor || !exercise.needsFloor()) && matchesText(exercise);
	}

	private boolean hasText() {
		return this.q != null && !this.q.isBlank();
	}

	/** Every word of the search must appear in the name, the benefit line or the equipment. */
	private boolean matchesText(ExerciseDetails exercise) {
		if (!hasText()) {
			return true;
		}
		String haystack = String.join(" ", exercise.name(), exercise.benefit(), exercise.equipment(),
				exercise.slug().replace('-', ' '))
			.toLowerCase(Locale.ROOT);
		for (String word : this.q.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
			if (!haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

}
