package app.limber.routine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.limber.catalogue.ExerciseDetails;
import app.limber.catalogue.HealthCondition;
import app.limber.owner.OwnerKeys;
import app.limber.system.RenderedFragments;
import app.limber.system.FormPage;

/** The builder form, the routine page with its edits, and the list of the caller's own routines. */
@Controller
class RoutineController {

	private static final Set<String> LIST_NOTICES = Set.of("signedIn", "signedUp");

	private static final Set<String> PROBLEMS = Set.of(RoutineEditException.PROBLEMS);

	private final Routines routines;

	private final OwnerKeys owners;

	private final RenderedFragments fragments;

	RoutineController(Routines routines, OwnerKeys owners, RenderedFragments fragments) {
		this.routines = routines;
		this.owners = owners;
		this.fragments = fragments;
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

	/**
	 * Builds the routine and opens its session, where one more tap starts it: from the home page that is three taps
	 * and the safety answers. The routine's own page (to change or print it) is one link away from there.
	 */
	@PostMapping("/routines")
	@FormPage("/routines/new")
	String create(@Valid @ModelAttribute("form") RoutineForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
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
		redirect.addFlashAttribute("notice", "routine.saved");
		return "redirect:/routines/" + routine.id() + "/session";
	}

	@GetMapping("/routines")
	String list(@RequestParam(required = false) String notice, HttpServletRequest request, Model model) {
		if (notice != null && LIST_NOTICES.contains(notice)) {
			model.addAttribute("notice", "routines." + notice);
		}
		Optional<UUID> owner = this.owners.current(request);
		model.addAttribute("routines", owner.map(this.routines::listFor).orElse(java.util.List.of()));
		model.addAttribute("chosenId", owner.flatMap(this.routines::chosenFor).orElse(null));
		return "routines/list";
	}

	/** "Make it my daily routine": the home page's "Start today's routine" opens this one from now on. */
	@PostMapping("/routines/{id}/choose")
	String choose(@PathVariable String id, @RequestParam(defaultValue = "true") boolean chosen,
			HttpServletRequest request, RedirectAttributes redirect) {
		UUID routineId = RoutineIds.parse(id);
		UUID owner = this.owners.current(request).orElseThrow(() -> RoutineNotFoundException.of(routineId));
		if (chosen) {
			this.routines.choose(routineId, owner);
		}
		else {
			this.routines.unchoose(routineId, owner);
		}
		redirect.addFlashAttribute("notice", chosen ? "routines.chosen" : "routines.unchosen");
		return "redirect:/routines";
	}

	/**
	 * The routine page. A notice ("Routine updated") or a problem with an edit arrives as flash attributes from the
	 * redirect after the edit, in a one-time cookie (see {@code CookieFlashMapManager}), so a bookmark never shows it.
	 */
	@GetMapping("/routines/{id}")
	String show(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
		UUID routineId = RoutineIds.parse(id);
		if (model.getAttribute("editProblem") instanceof String problem && PROBLEMS.contains(problem)) {
			int step = (model.getAttribute("editStep") instanceof String index && index.matches("-?\\d{1,4}"))
					? Integer.parseInt(index) : -1;
			model.addAttribute("stepError", new StepError(step, "routine.edit." + problem));
		}
		RoutinePage page = this.routines.page(routineId, this.owners.current(request));
		RoutineView routine = page.routine();
		model.addAttribute("routine", routine);
		if (routine.owned()) {
			model.addAttribute("swapChoices", page.swapChoices());
			if (model.getAttribute("stepError") == null) {
				model.addAttribute("stepEdits", stepEdits(routine, page.swapChoices(), request, response));
			}
			model.addAttribute("tuning", this.routines.latestTuning(routineId, this.owners.current(request)).orElse(null));
		}
		return "routines/detail";
	}

	/**
	 * Each step's edit forms, by step index, as kept for the routine's version (every edit raises it): they change
	 * with nothing else but the language, and make most of the page.
	 */
	private List<String> stepEdits(RoutineView routine, List<List<ExerciseDetails>> swapChoices,
			HttpServletRequest request, HttpServletResponse response) {
		String[] edits = new String[routine.steps().size()];
		for (Phase phase : Phase.values()) {
			List<RoutineView.StepView> steps = routine.stepsIn(phase);
			for (int place = 0; place < steps.size(); place++) {
				RoutineView.StepView step = steps.get(place);
				Map<String, Object> variables = new HashMap<>();
				variables.put("r", routine);
				variables.put("step", step);
				variables.put("first", place == 0);
				variables.put("last", place == steps.size() - 1);
				variables.put("swapChoices", swapChoices);
				edits[step.index()] = this.fragments.withForms("routines/step-edit", "edit",
						routine.id() + "|" + routine.version() + "|" + step.index(), variables, request, response);
			}
		}
		return Arrays.asList(edits);
	}

	/** "Make it mine": a visitor answers the safety check, then gets their own copy of a shared routine. */
	@GetMapping("/routines/{id}/copy")
	String copyForm(@PathVariable String id, HttpServletRequest request, Model model) {
		model.addAttribute("routine", this.routines.get(RoutineIds.parse(id), this.owners.current(request)));
		model.addAttribute("form", new SafetyForm());
		return "routines/copy";
	}

	@PostMapping("/routines/{id}/copy")
	@FormPage("/routines/{id}/copy")
	String copy(@PathVariable String id, @Valid @ModelAttribute("form") SafetyForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		UUID routineId = RoutineIds.parse(id);
		RoutineView original = this.routines.get(routineId, this.owners.current(request));
		if (form.urgency().isPresent() || result.hasErrors()) {
			form.urgency().ifPresent((urgency) -> model.addAttribute("urgency", urgency));
			model.addAttribute("routine", original);
			return "routines/copy";
		}
		UUID owner = this.owners.currentOrNew(request, response);
		RoutineView copy = this.routines.copy(routineId, owner, form.avoidSet(), form.conditionSet());
		redirect.addFlashAttribute("notice", "routine.copied");
		return "redirect:/routines/" + copy.id();
	}

	@PostMapping("/routines/{id}/name")
	String rename(@PathVariable String id, @RequestParam(defaultValue = "") String name, HttpServletRequest request,
			RedirectAttributes redirect) {
		return edit(id, request, redirect, -1, Commutes.YES,
				(routineId, owner) -> this.routines.rename(routineId, owner, name));
	}

	@PostMapping("/routines/{id}/shuffle")
	String shuffle(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
		return edit(id, request, redirect, -1, Commutes.YES, this.routines::shuffle);
	}

	@PostMapping("/routines/{id}/steps/{index}/remove")
	String removeStep(@PathVariable String id, @PathVariable int index, HttpServletRequest request,
			RedirectAttributes redirect) {
		return edit(id, request, redirect, index, Commutes.NO,
				(routineId, owner) -> this.routines.removeStep(routineId, owner, index));
	}

	@PostMapping("/routines/{id}/steps/{index}/move")
	String moveStep(@PathVariable String id, @PathVariable int index, @RequestParam(defaultValue = "up") String direction,
			HttpServletRequest request, RedirectAttributes redirect) {
		boolean up = !"down".equals(direction);
		return edit(id, request, redirect, index, Commutes.NO,
				(routineId, owner) -> this.routines.moveStep(routineId, owner, index, up));
	}

	@PostMapping("/routines/{id}/steps/{index}/swap")
	String swapStep(@PathVariable String id, @PathVariable int index, @RequestParam(defaultValue = "") String exercise,
			HttpServletRequest request, RedirectAttributes redirect) {
		return edit(id, request, redirect, index, Commutes.NO,
				(routineId, owner) -> this.routines.swapStep(routineId, owner, index, exercise));
	}

	@PostMapping("/routines/{id}/steps/{index}/dose")
	String changeDose(@PathVariable String id, @PathVariable int index, @RequestParam(required = false) Integer hold,
			@RequestParam(required = false) Integer reps, @RequestParam(required = false) Integer sets,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (hold == null || reps == null || sets == null) {
			return problem(RoutineIds.parse(id), "doseOutOfRange", index, "#step-" + index, redirect);
		}
		return edit(id, request, redirect, index, Commutes.NO,
				(routineId, owner) -> this.routines.changeDose(routineId, owner, index, hold, reps, sets));
	}

	/** Undo of the latest change that ratings made: the routine's version before it comes back. */
	@PostMapping("/routines/{id}/tunings/{tuning}/undo")
	String undoTuning(@PathVariable String id, @PathVariable String tuning, HttpServletRequest request,
			RedirectAttributes redirect) {
		UUID tuningId;
		try {
			tuningId = UUID.fromString(tuning);
		}
		catch (IllegalArgumentException notAnId) {
			return problem(RoutineIds.parse(id), "undoGone", -1, "", redirect);
		}
		String answer = edit(id, request, redirect, -1, Commutes.NO,
				(routineId, owner) -> this.routines.undoTuning(routineId, owner, tuningId));
		if (!redirect.getFlashAttributes().containsKey("editProblem")) {
			redirect.addFlashAttribute("notice", "tuning.undone");
		}
		return answer;
	}

	/**
	 * Runs an owner's edit; a broken rule comes back as a message next to the step it concerns. When someone else
	 * (another tab, a double click) changed the routine between this edit's read and its write, the version check
	 * refuses the write: an edit that doesn't depend on what changed (a new name, a shuffle) is simply made again on
	 * the current version; any other reloads the page with "This routine was just changed; here is the current
	 * version", because its step number may now mean another step. The notice or problem travels as flash
	 * attributes, so the address stays the routine's own.
	 */
	private String edit(String id, HttpServletRequest request, RedirectAttributes redirect, int index, Commutes commutes,
			Edit edit) {
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
			redirect.addFlashAttribute("notice", "routine.updated");
			return "redirect:/routines/" + routineId + anchor;
		}
		catch (RoutineEditException ex) {
			String at = ex.getProblem().startsWith("name") ? "#rename" : anchor;
			return problem(routineId, ex.getProblem(), index, at, redirect);
		}
		catch (ConcurrencyFailureException ex) {
			return problem(routineId, RoutineEditException.CHANGED, -1, "", redirect);
		}
	}

	/** Whether an edit means the same on whatever version of the routine it meets. */
	private enum Commutes {

		YES, NO

	}

	private static String problem(UUID routineId, String problem, int index, String anchor, RedirectAttributes redirect) {
		redirect.addFlashAttribute("editProblem", problem);
		redirect.addFlashAttribute("editStep", String.valueOf(index));
		return "redirect:/routines/" + routineId + anchor;
	}

	@FunctionalInterface
	interface Edit {

		void apply(UUID routineId, UUID owner);

	}

	/** A message for the person next to step {@code index} (or the whole routine when -1). */
	record StepError(int index, String messageKey) {
	}

}
