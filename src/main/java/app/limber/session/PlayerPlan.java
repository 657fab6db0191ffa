package app.limber.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.context.MessageSource;

import app.limber.catalogue.DosageWords;
import app.limber.catalogue.Figures;
import app.limber.routine.Prescription;
import app.limber.routine.RoutineView;

/**
 * What the player script needs, rendered into the page as JSON: every step's words and picture, and the timed
 * segments of its {@link Prescription} exactly as they gave the routine its total. The script adds nothing to the
 * timing; it only runs these segments one after another. The sentences a coach would say at the start of each
 * segment are written here, from the plan's own numbers and in the page's language, so the voice never reads
 * shorthand such as "× 4" or "s".
 */
record PlayerPlan(UUID routineId, int totalSeconds, List<Step> steps, Map<String, String> messages) {

	/** Words the script shows or speaks, under {@code session.js.} in messages-session.properties. */
	static final List<String> MESSAGES = List.of("getReady", "move", "relax", "hold", "rep", "rest", "switchSides",
			"paused", "ofReps", "position.set", "position.rep", "position.side", "step", "upNext.last", "pause",
			"resume", "sound.on", "sound.off", "voice.on", "voice.off", "say.hold", "say.relax", "say.more",
			"say.last", "say.done", "transition.down", "transition.up", "pregnancy", "announce.step", "announce.switch",
			"announce.rest", "announce.paused", "announce.resumed", "announce.done", "end.done", "end.skipped",
			"end.easier", "end.hurt", "end.summary", "log.failed", "hurt.easier");

	static PlayerPlan of(RoutineView routine, String contextPath, MessageSource messages, Locale locale) {
		List<Step> steps = routine.steps()
			.stream()
			.map((step) -> Step.of(step, contextPath, messages, locale, routine.pregnancyNotes(step)))
			.toList();
		Map<String, String> words = new LinkedHashMap<>();
		MESSAGES.forEach((key) -> words.put(key, messages.getMessage("session.js." + key, null, locale)));
		return new PlayerPlan(routine.id(), routine.totalSeconds(), steps, words);
	}

	/**
	 * One exercise of the player. Its picture ({@code illustration}) moves in the step's own rhythm, one rep per
	 * {@code secondsPerRep}; {@code stills} are its start and end positions, for anyone who asked for less motion;
	 * {@code easierIllustration} and {@code easierStills} are the easier variation's, when it has a picture of its
	 * own; {@code pictureText} says what the body does.
	 * {@code pregnancyNotes}: the exercise's cautions about pregnancy, to show with it; {@code pyramid}: the sets
	 * go down by two reps each (each work segment says its own reps).
	 */
	record Step(int index, String slug, String name, String phase, String phaseLabel, String illustration,
			List<String> stills, String easierIllustration, List<String> easierStills, String pictureText,
			List<String> cues, String dose, String easier, int holdSeconds, int tempoSeconds, int secondsPerRep,
			int reps, int sets, boolean perSide, int seconds, List<Segment> segments,
			@JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> pregnancyNotes, boolean pyramid) {

		static Step of(RoutineView.StepView step, String contextPath, MessageSource messages, Locale locale,
				List<String> pregnancyNotes) {
			Prescription dose = step.prescription();
			Speech speech = new Speech(messages, locale);
			String name = step.exercise().name();
			List<String> cues = step.exercise().keyCues();
			String intro = speech.intro(step.index() == 0, name, dose, cues.isEmpty() ? null : cues.get(0));
			List<Segment> segments = new ArrayList<>();
			for (Prescription.Segment segment : dose.segments()) {
				segments.add(Segment.of(segment, speech.at(segment, dose, intro), dose.transition()));
			}
			String slug = step.exercise().slug();
			boolean easierPicture = Figures.easierDiffers(slug);
			return new Step(step.index(), slug, name, step.phase().urlValue(),
					messages.getMessage(step.phase().labelKey(), null, locale),
					contextPath + Figures.moving(slug, dose.tempoSeconds(), dose.holdSeconds(), false),
					stills(contextPath, slug, false),
					easierPicture ? contextPath + Figures.moving(slug, dose.tempoSeconds(), dose.holdSeconds(), true) : null,
					easierPicture ? stills(contextPath, slug, true) : null,
					messages.getMessage(step.exercise().pictureTextKey(), null, name, locale), cues,
					words(dose, messages, locale),
					step.exercise().easierVariation(), dose.holdSeconds(), dose.tempoSeconds(), dose.secondsPerRep(),
					dose.reps(), dose.sets(), dose.perSide(), dose.seconds(), List.copyOf(segments), pregnancyNotes,
					dose.pyramid());
		}

		private static List<String> stills(String contextPath, String slug, boolean easier) {
			String version = easier ? "&version=easier" : "";
			return List.of(contextPath + Figures.path(slug, "start") + version,
					contextPath + Figures.path(slug, "end") + version);
		}

		/** The dosage in words, as the {@code fragments/dosage} summary writes it on the routine page. */
		static String words(Prescription dose, MessageSource messages, Locale locale) {
			return DosageWords.of(messages, locale, dose.holdSeconds(), dose.reps(), dose.sets(), dose.restSeconds(),
					dose.perSide(), dose.pyramid());
		}

	}

	/**
	 * One timed stretch of the player: {@code get-ready}, {@code work}, {@code switch-sides} or {@code rest}, and
	 * {@code say}, the sentence the voice speaks as it starts. A get-ready that means getting down onto the floor
	 * has {@code "transition": "down"}, one that means coming back up to a chair or standing {@code "transition":
	 * "up"}; it is longer, and the total counts it.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Segment(String type, int seconds, int set, int side, int reps, String say, String transition) {

		static Segment of(Prescription.Segment segment, String say) {
			return of(segment, say, Prescription.Transition.NONE);
		}

		static Segment of(Prescription.Segment segment, String say, Prescription.Transition transition) {
			boolean moving = segment.type() == Prescription.Segment.Type.GET_READY
					&& transition != Prescription.Transition.NONE;
			return new Segment(segment.type().name().toLowerCase(Locale.ROOT).replace('_', '-'), segment.seconds(),
					segment.set(), segment.side(), segment.reps(), say,
					moving ? transition.name().toLowerCase(Locale.ROOT) : null);
		}

	}

	/** The coach's sentences, from {@code session.say.} keys: whole words, numbers as numerals a voice reads out. */
	record Speech(MessageSource messages, Locale locale) {

		/** "Next: Bridge. 10 reps, 2 sets. Press through your heels." (the first step without "Next:"). */
		String intro(boolean first, String name, Prescription dose, String cue) {
			String intro = text(first ? "session.say.first" : "session.say.next", name, dose(dose));
			return (cue == null) ? intro : intro + " " + sentence(cue);
		}

		/**
		 * "Hold for 15 seconds, 2 times on each side", "10 reps, 2 sets", "8 reps, holding each for 3 seconds"; sets
		 * with fewer reps each (a 5-3-1 pyramid) as "Hold for 8 seconds, 5 times, then 3, then 1".
		 */
		String dose(Prescription dose) {
			List<Integer> sets = repsPerSet(dose);
			int first = sets.get(0);
			StringBuilder words = new StringBuilder();
			if (dose.isHold()) {
				words.append(text("session.say.dose.hold", dose.holdSeconds(), first));
			}
			else if (dose.holdSeconds() > 0) {
				words.append(text("session.say.dose.repsWithHold", first, dose.holdSeconds()));
			}
			else {
				words.append(text("session.say.dose.reps", first));
			}
			if (dose.perSide()) {
				words.append(text("session.say.dose.eachSide"));
			}
			if (varies(sets)) {
				sets.subList(1, sets.size()).forEach((reps) -> words.append(text("session.say.dose.then", reps)));
			}
			else if (dose.sets() > 1) {
				words.append(text("session.say.dose.sets", dose.sets()));
			}
			return words.toString();
		}

		/** The reps of each set, from the timed segments (the first side's work of each set). */
		private static List<Integer> repsPerSet(Prescription dose) {
			return dose.segments()
				.stream()
				.filter((segment) -> segment.type() == Prescription.Segment.Type.WORK && segment.side() == 1)
				.map(Prescription.Segment::reps)
				.toList();
		}

		private static boolean varies(List<Integer> sets) {
			return sets.stream().distinct().count() > 1;
		}

		String at(Prescription.Segment segment, Prescription dose, String intro) {
			return switch (segment.type()) {
				case GET_READY -> intro;
				case WORK -> {
					String go = text((dose.holdSeconds() > 0) ? "session.say.work.hold" : "session.say.work.reps");
					if (segment.set() == 1 || segment.side() != 1) {
						yield go;
					}
					String set = varies(repsPerSet(dose))
							? text(dose.isHold() ? "session.say.set.holds" : "session.say.set.reps", segment.set(), segment.reps())
							: text("session.say.set", segment.set());
					yield set + " " + go;
				}
				case SWITCH_SIDES -> text("session.say.switch");
				case REST -> text("session.say.rest", segment.seconds());
			};
		}

		private String text(String key, Object... arguments) {
			return this.messages.getMessage(key, arguments, this.locale);
		}

		/** A catalogue cue as a spoken sentence: with its full stop. */
		private static String sentence(String cue) {
			String trimmed = cue.strip();
			return trimmed.matches(".*[.!?]$") ? trimmed : trimmed + ".";
		}

	}

}
