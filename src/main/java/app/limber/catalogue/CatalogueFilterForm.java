package app.limber.catalogue;

import jakarta.validation.constraints.Size;

/**
 * The filter form of the catalogue page. A JavaBean rather than the {@link CatalogueFilter} record so that one
 * bad value (a hand-edited URL) is reported next to its field while the other filters still apply.
 */
public class CatalogueFilterForm {

	private ExerciseKind kind;

	private BodyArea area;

	private StartPosition position;

	private boolean noFloor;

	@Size(max = 100)
	private String q;

	public ExerciseKind getKind() {
		return this.kind;
	}

	public void setKind(ExerciseKind kind) {
		this.kind = kind;
	}

	public BodyArea getArea() {
		return this.area;
	}

	public void setArea(BodyArea area) {
		this.area = area;
	}

	public StartPosition getPosition() {
		return this.position;
	}

	public void setPosition(StartPosition position) {
		this.position = position;
	}

	public boolean isNoFloor() {
		return this.noFloor;
	}

	public void setNoFloor(boolean noFloor) {
		this.noFloor = noFloor;
	}

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public boolean isEmpty() {
		return toFilter().isEmpty();
	}

	CatalogueFilter toFilter() {
		// An over-long search has already been reported; searching on its start still helps.
		String search = (this.q != null && this.q.length() > 100) ? this.q.substring(0, 100) : this.q;
		return new CatalogueFilter(this.kind, this.area, this.position, this.noFloor, search);
	}

}
