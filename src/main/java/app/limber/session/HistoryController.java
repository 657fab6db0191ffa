package app.limber.session;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.limber.owner.OwnerKeys;
import app.limber.routine.Routines;
import app.limber.routine.TuningView;
import app.limber.system.Weeks;

/** The caller's own history. A browser without an owner key sees an empty history, never anyone else's. */
@Controller
class HistoryController {

	private static final Set<String> NOTICES = Set.of("logged");

	private final Completions completions;

	private final OwnerKeys owners;

	private final Routines routines;

	HistoryController(Completions completions, OwnerKeys owners, Routines routines) {
		this.completions = completions;
		this.owners = owners;
		this.routines = routines;
	}

	@GetMapping("/history")
	String history(@RequestParam(required = false) String notice, HttpServletRequest request, Model model) {
		if (notice != null && NOTICES.contains(notice)) {
			model.addAttribute("notice", "history.notice." + notice);
		}
		DayOfWeek firstDay = Weeks.firstDay(LocaleContextHolder.getLocale());
		model.addAttribute("history", this.owners.current(request)
			.map((owner) -> this.completions.history(owner, firstDay))
			.orElseGet(() -> this.completions.emptyHistory(firstDay)));
		PainTrend trend = this.owners.current(request)
			.map(this.completions::painTrend)
			.orElseGet(this.completions::emptyPainTrend);
		model.addAttribute("trend", trend);
		model.addAttribute("chart", PainChart.of(trend));
		// What each session's ratings changed, shown with that session (on its day).
		Map<UUID, TuningView> tunings = new HashMap<>();
		this.owners.current(request)
			.map(this.routines::tuningsFor)
			.orElse(List.of())
			.forEach((tuning) -> tunings.putIfAbsent(tuning.completionId(), tuning));
		model.addAttribute("tunings", tunings);
		return "history/index";
	}

}
