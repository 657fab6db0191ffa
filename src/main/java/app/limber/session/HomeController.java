package app.limber.session;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.limber.owner.OwnerKeys;

/**
 * The home page. A returning person finds today's routine on top, with their streak and a button that starts its
 * session at once; a new person is invited to build one.
 */
@Controller
class HomeController {

	private static final Set<String> NOTICES = Set.of("signedOut", "deleted");

	private final TodaysRoutine today;

	private final OwnerKeys owners;

	HomeController(TodaysRoutine today, OwnerKeys owners) {
		this.today = today;
		this.owners = owners;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) String notice, HttpServletRequest request, Model model) {
		if (notice != null && NOTICES.contains(notice)) {
			model.addAttribute("notice", "welcome." + notice);
		}
		model.addAttribute("today", this.owners.current(request).flatMap(this.today::of).orElse(null));
		return "welcome";
	}

}
