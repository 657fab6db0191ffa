package app.limber.session;

import java.util.UUID;

import org.springframework.stereotype.Component;

/**
 * The pain trend in a data export, as numbers: week by week, average pain before and after and minutes done, and
 * which way pain after sessions is going. It is worked out from the history, so there is nothing of its own to
 * move or delete.
 */
@Component
class PainTrendOwnedData implements app.limber.owner.OwnedData {

	private final Completions completions;

	PainTrendOwnedData(Completions completions) {
		this.completions = completions;
	}

	@Override
	public String exportName() {
		return "painTrend";
	}

	@Override
	public Object export(UUID owner) {
		return this.completions.painTrend(owner);
	}

	@Override
	public void moveAll(UUID from, UUID to) {
		// derived from the history, which moves by itself
	}

	@Override
	public void deleteAll(UUID owner) {
		// derived from the history, which is deleted by itself
	}

}
