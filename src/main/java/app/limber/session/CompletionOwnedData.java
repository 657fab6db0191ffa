package app.limber.session;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.limber.owner.OwnedData;

/** An owner's history (completions, pain ratings, "this hurts" events) for sign-in, export and deletion. */
@Component
class CompletionOwnedData implements OwnedData {

	private final CompletionRepository completions;

	private final LevelDecisionRepository decisions;

	CompletionOwnedData(CompletionRepository completions, LevelDecisionRepository decisions) {
		this.completions = completions;
		this.decisions = decisions;
	}

	@Override
	public String exportName() {
		return "history";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(UUID owner) {
		return this.completions.findByOwnerIdOrderByCompletedAtDesc(owner).stream().map(CompletionView::of).toList();
	}

	@Override
	@Transactional
	public void moveAll(UUID from, UUID to) {
		this.completions.moveAll(from, to);
		this.decisions.moveAll(from, to);
	}

	@Override
	@Transactional
	public void deleteAll(UUID owner) {
		// Level decisions go with the owner's routines and the owner row, by the database's cascades.
		this.completions.deleteAllByOwner(owner);
	}

}
