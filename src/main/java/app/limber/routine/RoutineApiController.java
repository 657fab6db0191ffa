package app.limber.routine;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import app.limber.catalogue.HealthCondition;
import app.limber.owner.OwnerKeys;
import app.limber.system.MaxCodePoints;
import app.limber.system.UserText;

/** The routine builder as JSON. Same rules, same owner cookie as the pages; bodies must be application/json. */
@RestController
@RequestMapping("/api/routines")
class RoutineApiController {

	private final Routines routines;

	private final OwnerKeys owners;

	private final MessageSource messages;

	RoutineApiController(Routines routines, OwnerKeys owners, MessageSource messages) {
		this.routines = routines;
		this.owners = owners;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<RoutineJson> create(@Valid @RequestBody BuildRequest body, HttpServletRequest request,
			HttpServletResponse response) {
		SafetyCheck.urgency(body.redFlags(), body.conditions()).ifPresent((urgency) -> {
			throw new RedFlagException(urgency, body.redFlags(), body.conditions());
		});
		UUID owner = this.owners.currentOrNew(request, response);
		RoutineView routine = this.routines.build(owner, body.toRequest(), body.name());
		return ResponseEntity.created(URI.create("/api/routines/" + routine.id())).body(json(routine));
	}

	@GetMapping("/{id}")
	RoutineJson show(@PathVariable String id, HttpServletRequest request) {
		UUID routineId = RoutineIds.parse(id);
		RoutineJson json = json(this.routines.get(routineId, this.owners.current(request)));
		return this.routines.latestTuning(routineId, this.owners.current(request))
			.map((tuning) -> json.withLastChange(lastChange(tuning)))
			.orElse(json);
	}

	private RoutineJson.LastChange lastChange(TuningView tuning) {
		var locale = LocaleContextHolder.getLocale();
		List<RoutineJson.Change> changes = tuning.changes().stream().map((change) -> {
			String name = change.exercise().name();
			String words;
			if (change.reason() == DoseFeedback.Reason.EASIEST) {
				words = this.messages.getMessage("tuning.easiest", new Object[] { name }, locale);
			}
			else {
				String what = change.what().equals("dose")
						? this.messages.getMessage("tuning.what.dose", new Object[] { name, words(change.before()),
								words(change.after()) }, locale)
						: this.messages.getMessage("tuning.what." + change.what(),
								new Object[] { name, change.from(), change.to() }, locale);
				String why = (change.reason() == DoseFeedback.Reason.REBALANCE)
						? this.messages.getMessage("tuning.why.rebalance", new Object[] { tuning.minutes() }, locale)
						: this.messages.getMessage(change.reasonKey(), null, locale);
				words = what + " " + this.messages.getMessage("tuning.why", new Object[] { why }, locale);
			}
			return new RoutineJson.Change(change.index(), change.exercise().slug(), change.reason(),
					RoutineJson.Dose.of(change.before()), RoutineJson.Dose.of(change.after()), words);
		}).toList();
		return new RoutineJson.LastChange(tuning.date(), tuning.undoable(), changes);
	}

	private String words(Prescription dose) {
		return app.limber.catalogue.DosageWords.of(this.messages, LocaleContextHolder.getLocale(), dose.holdSeconds(),
				dose.reps(), dose.sets(), dose.restSeconds(), dose.perSide(), dose.pyramid());
	}

	/** A red flag answers 422 with the advice, in the person's words, and no routine. */
	@ExceptionHandler
	ProblemDetail redFlag(RedFlagException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		boolean onlySurgery = SafetyCheck.onlySurgery(ex.getRedFlags(), ex.getConditions());
		String stop = onlySurgery ? "stop.surgery" : "stop." + ex.getUrgency().urlValue();
		List<String> advice = new ArrayList<>();
		if (!onlySurgery) {
			advice.add(this.messages.getMessage(stop + ".text", null, locale));
		}
		if (ex.getConditions().contains(HealthCondition.RECENT_SURGERY)) {
			advice.add(this.messages.getMessage("stop.recentSurgery", null, locale));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				String.join(" ", advice));
		problem.setTitle(this.messages.getMessage(stop + ".title", null, locale));
		problem.setProperty("urgency", ex.getUrgency().urlValue());
		problem.setProperty("redFlags", ex.getRedFlags().stream().map(RedFlag::urlValue).sorted().toList());
		if (!ex.getConditions().isEmpty()) {
			problem.setProperty("conditions", ex.getConditions().stream().map(HealthCondition::urlValue).sorted().toList());
		}
		return problem;
	}

	private RoutineJson json(RoutineView routine) {
		return RoutineJson.of(routine, (key) -> this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
	}

	/**
	 * What a client sends to build a routine. Only {@code focus} is required; the rest default as on the form. The
	 * safety answers: {@code redFlags} stop the builder (422), {@code conditions} adjust the routine.
	 */
	record BuildRequest(@Min(RoutineRequest.MIN_MINUTES) @Max(RoutineRequest.MAX_MINUTES) Integer minutes,
			@NotNull Focus focus, Level level, Setting setting, @Size(max = 5) Set<@NotNull Avoid> avoid,
			@Size(max = 20) Set<@NotNull RedFlag> redFlags, @Size(max = 5) Set<@NotNull HealthCondition> conditions,
			@MaxCodePoints(Routine.NAME_MAX_LENGTH) String name) {

		BuildRequest {
			name = UserText.clean(name);
			avoid = (avoid != null) ? avoid : Set.of();
			redFlags = (redFlags != null) ? redFlags : Set.of();
			conditions = (conditions != null) ? conditions : Set.of();
		}

		RoutineRequest toRequest() {
			return new RoutineRequest((this.minutes != null) ? this.minutes : 15, this.focus,
					(this.level != null) ? this.level : Level.BEGINNER,
					(this.setting != null) ? this.setting : Setting.FLOOR,
					this.avoid.isEmpty() ? Set.of() : EnumSet.copyOf(this.avoid),
					this.conditions.isEmpty() ? Set.of() : EnumSet.copyOf(this.conditions));
		}

	}

}
