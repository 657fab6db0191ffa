package app.limber.reminder;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

import app.limber.owner.OwnerKeys;
import app.limber.routine.RoutineIds;
import app.limber.routine.RoutineNotFoundException;
import app.limber.routine.RoutineView;
import app.limber.routine.Routines;
import app.limber.system.FormPage;
import app.limber.system.NotFoundException;
import app.limber.system.PublicUrls;

/**
 * The owner's reminder page (set, change, renew, stop) and the calendar feed behind the secret link. A link is shown
 * once, right after it is made: only its hash is kept.
 */
@Controller
class ReminderController {

	private static final List<String> NOTICES = List.of("updated", "stopped");

	private final Reminders reminders;

	private final Routines routines;

	private final OwnerKeys owners;

	private final PublicUrls urls;

	private final ZoneId defaultZone;

	private final MessageSource messages;

	ReminderController(Reminders reminders, Routines routines, OwnerKeys owners, PublicUrls urls,
			@Value("${limber.reminders.default-time-zone:UTC}") ZoneId defaultZone, MessageSource messages) {
		this.reminders = reminders;
		this.routines = routines;
		this.owners = owners;
		this.urls = urls;
		this.defaultZone = defaultZone;
		this.messages = messages;
	}

	@InitBinder("form")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("time", "days", "detectedZone", "zone");
	}

	@GetMapping("/routines/{id}/reminder")
	String show(@PathVariable String id, @RequestParam(required = false) String notice, HttpServletRequest request,
			Model model) {
		RoutineView routine = ownedRoutine(id, request);
		Reminders.ReminderView reminder = this.reminders.of(routine.id());
		if (notice != null && NOTICES.contains(notice)) {
			model.addAttribute("notice", "reminder.notice." + notice);
		}
		ReminderForm form = (reminder != null) ? ReminderForm.of(reminder) : new ReminderForm();
		return page(routine, reminder, form, model);
	}

	@PostMapping("/routines/{id}/reminder")
	@FormPage("/routines/{id}/reminder")
	String remind(@PathVariable String id, @Valid @ModelAttribute("form") ReminderForm form, BindingResult result,
			HttpServletRequest request, Locale locale, Model model) {
		RoutineView routine = ownedRoutine(id, request);
		if (!form.knownZones()) {
			result.rejectValue("zone", "reminder.zone.unknown");
		}
		if (result.hasErrors()) {
			return page(routine, this.reminders.of(routine.id()), form, model);
		}
		UUID owner = this.owners.current(request).orElseThrow();
		Optional<String> secret = this.reminders.remind(routine.id(), owner, form.schedule(this.defaultZone), locale);
		if (secret.isEmpty()) {
			return "redirect:/routines/" + routine.id() + "/reminder?notice=updated";
		}
		return withLink(routine, secret.get(), request, model);
	}

	@PostMapping("/routines/{id}/reminder/link")
	@FormPage("/routines/{id}/reminder")
	String newLink(@PathVariable String id, HttpServletRequest request, Model model) {
		RoutineView routine = ownedRoutine(id, request);
		String secret = this.reminders.newLink(routine.id(), this.owners.current(request).orElseThrow());
		return withLink(routine, secret, request, model);
	}

	@PostMapping("/routines/{id}/reminder/stop")
	String stop(@PathVariable String id, HttpServletRequest request) {
		RoutineView routine = ownedRoutine(id, request);
		this.reminders.stop(routine.id(), this.owners.current(request).orElseThrow());
		return "redirect:/routines/" + routine.id() + "/reminder?notice=stopped";
	}

	/** The feed a calendar app subscribes to. A renewed, stopped or deleted one is a 404, like any unknown link. */
	@GetMapping("/calendar/{secret}.ics")
	ResponseEntity<String> feed(@PathVariable String secret, HttpServletRequest request) {
		String calendar = this.reminders.feed(secret, this.urls.base(request))
			.orElseThrow(() -> new NotFoundException("error.reminder.notFound", "No calendar at this link."));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache().cachePrivate())
			.header("Content-Disposition", "inline; filename=\"limber-reminder.ics\"")
			.body(calendar);
	}

	private String withLink(RoutineView routine, String secret, HttpServletRequest request, Model model) {
		String https = this.urls.of(request, "/calendar/" + secret + ".ics");
		model.addAttribute("httpsLink", https);
		model.addAttribute("webcalLink", "webcal" + https.substring(https.indexOf("://")));
		Reminders.ReminderView reminder = this.reminders.of(routine.id());
		return page(routine, reminder, ReminderForm.of(reminder), model);
	}

	private String page(RoutineView routine, Reminders.ReminderView reminder, ReminderForm form, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("routine", routine);
		model.addAttribute("reminder", reminder);
		model.addAttribute("form", form);
		model.addAttribute("zoneRegions", ZoneNames.regions(locale));
		model.addAttribute("weekDays", java.time.DayOfWeek.values());
		model.addAttribute("defaultZone", zoneWords(this.defaultZone, locale));

		return "reminders/reminder";
	}

	/** "Madrid (hora de Europa central)": a zone as the page names it. */
	private String zoneWords(ZoneId zone, Locale locale) {
		return this.messages.getMessage("reminder.zone.named",
				new Object[] { ZoneNames.city(zone), ZoneNames.name(zone, locale) }, locale);
	}

	private RoutineView ownedRoutine(String id, HttpServletRequest request) {
		UUID routineId = RoutineIds.parse(id);
		RoutineView routine = this.routines.get(routineId, this.owners.current(request));
		if (!routine.owned()) {
			throw new RoutineNotFoundException(routineId);
		}
		return routine;
	}

}
