package app.limber.system;

import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class WelcomeController {

	private static final Set<String> NOTICES = Set.of("signedOut", "deleted");

	@GetMapping("/")
	String welcome(@RequestParam(required = false) String notice, Model model) {
		if (notice != null && NOTICES.contains(notice)) {
			model.addAttribute("notice", "welcome." + notice);
		}
		return "welcome";
	}

}
