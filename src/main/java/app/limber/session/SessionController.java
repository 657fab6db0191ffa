package app.limber.session;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.limber.owner.OwnerKeys;
import app.limber.routine.RoutineIds;
import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineView;
import app.limber.routine.Routines;
import app.limber.system.RenderedFragments;

/**
 * The guided session. The page lists the whole routine (enough to follow it without JavaScript) and carries the
 * timed plan as a JSON island for {@code /js/session.js}. Anyone with the routine's link may play it.
 */
@Controller
class SessionController {

	private final Routines routines;

	private final OwnerKeys owners;

	private final MessageSource messages;

	private static final Set<String> NOTICES = Set.of("level-up", "step-back", "kept");

	private final JsonMapper json;

	private final Levels levels;

	private final RenderedFragments fragments;

	SessionController(Routines routines, OwnerKeys owners, MessageSource messages, JsonMapper json, Levels levels,
			RenderedFragments fragments) {
		this.fragments = fragments;
		this.routines = routines;
		this.owners = owners;
		this.messages = messages;
		this.json = json;
		this.levels = levels;
	}

	/**
	 * The session page. With {@code ?start=now} (the home page's "Start today's routine") the session starts as soon
	 * as the page is ready, so that one tap takes a returning person from the home page into a running session.
	 */
	@GetMapping("/routines/{id}/session")
	String session(@PathVariable String id, @RequestParam(required = false) String notice,
			@RequestParam(required = false) String start, HttpServletRequest request, HttpServletResponse response,
			Model model) {
		UUID routineId = RoutineIds.parse(id);
		Optional<UUID> viewer = this.owners.current(request);
		RoutineView routine = this.routines.get(routineId, viewer);
		// The plan and the list change only with the routine's version (every edit raises it) and the language.
		String version = "session|" + routine.id() + "|" + routine.version() + "|" + routine.owned() + "|"
				+ request.getContextPath();
		model.addAttribute("routine", routine);
		model.addAttribute("planJson", this.fragments.get(version + "|plan", () -> scriptSafe(this.json.writeValueAsString(
				PlayerPlan.of(routine, request.getContextPath(), this.messages, LocaleContextHolder.getLocale())))));
		model.addAttribute("overview", this.fragments.get("session/overview", "overview", version,
				Map.of("routine", routine), request, response));
		model.addAttribute("offer", this.levels.offer(routine, viewer).orElse(null));
		model.addAttribute("tuning", this.routines.latestTuning(routineId, viewer).orElse(null));
		model.addAttribute("startNow", "now".equals(start));
		if (notice != null && NOTICES.contains(notice)) {
			model.addAttribute("notice", "session.level.notice." + notice);
			model.addAttribute("earlierVersions", viewer.map((owner) -> this.levels.earlierVersions(routineId, owner)).orElse(0));
		}
		return "session/player";
	}

	/** The owner's answer to a level-up or step-back offer; a plain form with its CSRF token. */
	@PostMapping("/routines/{id}/level")
	String level(@PathVariable String id, @RequestParam(defaultValue = "") String direction,
			@RequestParam(defaultValue = "") String decision, HttpServletRequest request) {
		UUID routineId = RoutineIds.parse(id);
		UUID owner = this.owners.current(request).orElseThrow(() -> new RoutineNotFoundException(routineId));
		Progression.Direction wanted = switch (direction) {
			case "level-up" -> Progression.Direction.LEVEL_UP;
			case "step-back" -> Progression.Direction.STEP_BACK;
			default -> null;
		};
		if (wanted == null || !Set.of("accept", "decline").contains(decision)) {
			return "redirect:/routines/" + routineId + "/session";
		}
		boolean accept = decision.equals("accept");
		this.levels.decide(routineId, owner, wanted, accept);
		return "redirect:/routines/" + routineId + "/session?notice=" + (accept ? direction : "kept");
	}

	/**
	 * JSON that can sit inside a {@code <script>} element: {@code <}, {@code >} and {@code &} only ever occur
	 * inside JSON strings, where their {@code \\u} escapes mean the same, so no text can close the element.
	 */
	static String scriptSafe(String json) {
		return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
	}

}
