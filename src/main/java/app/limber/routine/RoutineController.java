package app.limber.routine;

import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.limber.catalogue.HealthCondition;
import app.limber.owner.OwnerKeys;

/** The builder form, the routine page with its edits, and the list of the caller's own routines. */
@Controller
class RoutineController {

	private static final Set<String> NOTICES = Set.of("saved", "updated", "copied");

	private static final Set<String> LIST_NOTICES = Set.of("signedIn", "signedUp");

	private static final Set<String> PROBLEMS = Set.of(RoutineEditException.PROBLEMS);

	private final Routines routines;

	private final OwnerKeys owners;

	RoutineController(Routines routines, OwnerKeys owners) {
		this.routines = routines;
		this.owners = owners;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("minutes", "focus", "level", "setting", "avoid", "redFlags", "conditions",
				"safetyReviewed", "name");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("focuses", Focus.values());
		model.addAttribute("levels", Level.values());
		model.addAttribute("settings", Setting.values());
		model.addAttribute("avoids", Avoid.values());
		model.addAttribute("redFlagChoices", RedFlag.values());
		model.addAttribute("conditionChoices", HealthCondition.values());
	}

	@GetMapping("/routines/new")
	String newRoutine(Model model) {
		model.addAttribute("form", new RoutineForm());
		return "routines/new";
	}

	@PostMapping("/routines")
	String create(@Valid @ModelAttribute("form") RoutineForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		if (form.urgency().isPresent()) {
			// A red flag needs a clinician, not a routine: say what to do, save nothing, keep the answers.
			model.addAttribute("urgency", form.urgency().get());
			return "routines/new";
		}
		if (result.hasErrors()) {
			return "routines/new";
		}
		UUID owner = this.owners.currentOrNew(request, response);
		RoutineView routine = this.routines.build(owner, form.toRequest(), form.getName());
		return "redirect:/routines/" + routine.id() + "?notice=saved";
	}

	@GetMapping("/routines")
	String list(@RequestParam(required = false) String notice, HttpServletRequest request, Model model) {
		if (notice != null && LIST_NOTICES.contains(notice)) {
			model.addAttribute("notice", "routines." + notice);
		}
		model.addAttribute("routines",
				this.owners.current(request).map(this.routines::listFor).orElse(java.util.List.of()));
		return "routines/list";
	}

	@GetMapping("/routines/{id}")
	String show(@PathVariable String id, @RequestParam(required = false) String notice,
			@RequestParam(required = false) String problem, @RequestParam(defaultValue = "-1") int step,
			HttpServletRequest request, Model model) {
		UUID routineId = RoutineIds.parse(id);
		// Messages after a redirect travel in the URL, not a server session, so any instance can show them.
		if (notice != null && NOTICES.contains(notice)) {
			model.addAttribute("notice", "routine." + notice);
		}
		if (problem != null && PROBLEMS.contains(problem)) {
			model.addAttribute("stepError", new StepError(step, "routine.edit." + problem));
		}
		RoutinePage page = this.routines.page(routineId, this.owners.current(request));
		model.addAttribute("routine", page.routine());
		if (page.routine().owned()) {
			model.addAttribute("swapChoices", page.swapChoices());
		}
		return "routines/detail";
	}

	/** "Make it mine": a visitor answers the safety check, then gets their own copy of a shared routine. */
	@GetMapping("/routines/{id}/copy")
	String copyForm(@PathVariable String id, HttpServletRequest request, Model model) {
		model.addAttribute("routine", this.routines.get(RoutineIds.parse(id), this.owners.current(request)));
		model.addAttribute("form", new SafetyForm());
		return "routines/copy";
	}

	@PostMapping("/routines/{id}/copy")
	String copy(@PathVariable String id, @Valid @ModelAttribute("form") SafetyForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		UUID routineId = RoutineIds.parse(id);
		RoutineView original = this.routines.get(routineId, this.owners.current(request));
		if (form.urgency().isPresent() || result.hasErrors()) {
			form.urgency().ifPresent((urgency) -> model.addAttribute("urgency", urgency));
			model.addAttribute("routine", original);
			return "routines/copy";
		}
		UUID owner = this.owners.currentOrNew(request, response);
		RoutineView copy = this.routines.copy(routineId, owner, form.avoidSet(), form.conditionSet());
		return "redirect:/routines/" + copy.id() + "?notice=copied";
	}

	@PostMapping("/routines/{id}/name")
	String rename(@PathVariable String id, @RequestParam(defaultValue = "") String name, HttpServletRequest request) {
		return edit(id, request, -1, Commutes.YES, (routineId, owner) -> this.routines.rename(routineId, owner, name));
	}

	@PostMapping("/routines/{id}/shuffle")
	String shuffle(@PathVariable String id, HttpServletRequest request) {
		return edit(id, request, -1, Commutes.YES, this.routines::shuffle);
	}

	@PostMapping("/routines/{id}/steps/{index}/remove")
	String removeStep(@PathVariable String id, @PathVariable int index, HttpServletRequest request) {
		return edit(id, request, index, Commutes.NO, (routineId, owner) -> this.routines.removeStep(routineId, owner, index));
	}

	@PostMapping("/routines/{id}/steps/{index}/move")
	String moveStep(@PathVariable String id, @PathVariable int index, @RequestParam(defaultValue = "up") String direction,
			HttpServletRequest request) {
		boolean up = !"down".equals(direction);
		return edit(id, request, index, Commutes.NO,
				(routineId, owner) -> this.routines.moveStep(routineId, owner, index, up));
	}

	@PostMapping("/routines/{id}/steps/{index}/swap")
	String swapStep(@PathVariable String id, @PathVariable int index, @RequestParam(defaultValue = "") String exercise,
			HttpServletRequest request) {
		return edit(id, request, index, Commutes.NO,
				(routineId, owner) -> this.routines.swapStep(routineId, owner, index, exercise));
	}

	@PostMapping("/routines/{id}/steps/{index}/dose")
	String changeDose(@PathVariable String id, @PathVariable int index, @RequestParam(required = false) Integer hold,
			@RequestParam(required = false) Integer reps, @RequestParam(required = false) Integer sets,
			HttpServletRequest request) {
		if (hold == null || reps == null || sets == null) {
			return "redirect:/routines/" + RoutineIds.parse(id) + "?problem=doseOutOfRange&step=" + index + "#step-" + index;
		}
		return edit(id, request, index, Commutes.NO,
				(routineId, owner) -> this.routines.changeDose(routineId, owner, index, hold, reps, sets));
	}

	/**
	 * Runs an owner's edit; a broken rule comes back as a message next to the step it concerns. When someone else
	 * (another tab, a double click) changed the routine between this edit's read and its write, the version check
	 * refuses the write: an edit that doesn't depend on what changed (a new name, a shuffle) is simply made again on
	 * the current version; any other reloads the page with "This routine was just changed; here is the current
	 * version", because its step number may now mean another step.
	 */
	private String edit(String id, HttpServletRequest request, int index, Commutes commutes, Edit edit) {
		UUID routineId = RoutineIds.parse(id);
		UUID owner = this.owners.current(request).orElseThrow(() -> RoutineNotFoundException.of(routineId));
		String anchor = (index >= 0) ? "#step-" + index : "";
		try {
			try {
				edit.apply(routineId, owner);
			}
			catch (ConcurrencyFailureException changedMeanwhile) {
				if (commutes == Commutes.NO) {
					throw changedMeanwhile;
				}
				edit.apply(routineId, owner);
			}
			return "redirect:/routines/" + routineId + "?notice=updated" + anchor;
		}
		catch (RoutineEditException ex) {
			String at = ex.getProblem().startsWith("name") ? "#rename" : anchor;
			return "redirect:/routines/" + routineId + "?problem=" + ex.getProblem() + "&step=" + index + at;
		}
		catch (ConcurrencyFailureException ex) {
			return "redirect:/routines/" + routineId + "?problem=" + RoutineEditException.CHANGED;
		}
	}

	/** Whether an edit means the same on whatever version of the routine it meets. */
	private enum Commutes {

		YES, NO

	}

	@FunctionalInterface
	interface Edit {

		void apply(UUID routineId, UUID owner);

	}

	/** A message for the person next to step {@code index} (or the whole routine when -1). */
	record StepError(int index, String messageKey) {
	}

}
