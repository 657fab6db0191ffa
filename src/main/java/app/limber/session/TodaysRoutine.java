package app.limber.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import app.limber.routine.RoutineView;
import app.limber.routine.Routines;

/**
 * The routine a returning person most likely wants to do today, for the home page's one-tap start: the one they
 * marked as their daily routine, otherwise the one they did or built most recently. With their streak.
 */
@Service
public class TodaysRoutine {

	private final Routines routines;

	private final CompletionRepository completions;

	private final Clock clock;

	TodaysRoutine(Routines routines, CompletionRepository completions, Clock clock) {
		this.routines = routines;
		this.completions = completions;
		this.clock = clock;
	}

	/**
	 * What to start today, with the streak so far.
	 *
	 * @param routine the routine to start
	 * @param chosen whether the person marked it as their daily routine
	 * @param streakDays consecutive days with a session, up to today (or yesterday, until today is over)
	 * @param doneToday whether they have already done a session today
	 */
	public record Start(RoutineView routine, boolean chosen, int streakDays, boolean doneToday) {
	}

	/** Nothing for someone who has no routine of their own yet: they are new, and the page invites them to build one. */
	@Transactional(readOnly = true)
	public Optional<Start> of(UUID owner) {
		List<RoutineView> own = this.routines.listFor(owner);
		if (own.isEmpty()) {
			return Optional.empty();
		}
		Map<UUID, Instant> lastPlayed = new HashMap<>();
		for (Object[] row : this.completions.findLastPlayedByOwnerId(owner)) {
			lastPlayed.put((UUID) row[0], (Instant) row[1]);
		}
		Optional<UUID> chosen = this.routines.chosenFor(owner);
		RoutineView routine = pick(chosen, own, lastPlayed);
		LocalDate today = LocalDate.now(this.clock);
		List<LocalDate> days = this.completions.findDaysByOwnerId(owner);
		return Optional.of(new Start(routine, chosen.filter(routine.id()::equals).isPresent(),
				Streaks.current(days, today), days.contains(today)));
	}

	/**
	 * The marked routine when there is one among {@code own}; otherwise the one with the latest activity, a session
	 * finished or the routine built, whichever came last.
	 */
	static RoutineView pick(Optional<UUID> chosen, List<RoutineView> own, Map<UUID, Instant> lastPlayed) {
		return chosen.flatMap((id) -> own.stream().filter((routine) -> routine.id().equals(id)).findFirst())
			.orElseGet(() -> own.stream()
				.max(Comparator.comparing((RoutineView routine) -> latest(routine.createdAt(), lastPlayed.get(routine.id()))))
				.orElseThrow());
	}

	private static Instant latest(Instant built, Instant played) {
		return (played != null && played.isAfter(built)) ? played : built;
	}

}
