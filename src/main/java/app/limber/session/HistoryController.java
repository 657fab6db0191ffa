package app.limber.session;

import java.time.DayOfWeek;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.limber.owner.OwnerKeys;
import app.limber.system.Weeks;

/** The caller's own history. A browser without an owner key sees an empty history, never anyone else's. */
@Controller
class HistoryController {

	private static final Set<String> NOTICES = Set.of("logged");

	private final Completions completions;

	private final OwnerKeys owners;

	HistoryController(Completions completions, OwnerKeys owners) {
		this.completions = completions;
		this.owners = owners;
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
		return "history/index";
	}

}
