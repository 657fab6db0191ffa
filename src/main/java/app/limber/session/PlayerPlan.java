package app.limber.session;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;

import app.limber.catalogue.DosageWords;

import app.limber.routine.Prescription;
import app.limber.routine.RoutineView;

/**
 * What the player script needs, rendered into the page as JSON: every step's words and picture, and the timed
 * segments of its {@link Prescription} exactly as they gave the routine its total. The script adds nothing to the
 * timing; it only runs these segments one after another.
 */
record PlayerPlan(UUID routineId, int totalSeconds, List<Step> steps, Map<String, String> messages) {

	/** Words the script shows or speaks, under {@code session.js.} in messages-session.properties. */
	static final List<String> MESSAGES = List.of("getReady", "move", "hold", "rep", "rest", "switchSides", "ofReps",
			"position.set", "position.rep", "position.side", "step", "upNext.last", "pause", "resume", "sound.on",
			"sound.off", "voice.on", "voice.off", "say.next", "say.switch", "say.rest", "say.done", "announce.step",
			"announce.switch", "announce.rest", "announce.paused", "announce.resumed", "announce.done", "end.done",
			"end.skipped", "end.easier", "end.hurt", "end.summary", "log.failed", "hurt.easier");

	static PlayerPlan of(RoutineView routine, String contextPath, MessageSource messages, Locale locale) {
		List<Step> steps = routine.steps()
			.stream()
			.map((step) -> Step.of(step, contextPath, messages, locale))
			.toList();
		Map<String, String> words = new LinkedHashMap<>();
		MESSAGES.forEach((key) -> words.put(key, messages.getMessage("session.js." + key, null, locale)));
		return new PlayerPlan(routine.id(), routine.totalSeconds(), steps, words);
	}

	record Step(int index, String slug, String name, String phase, String phaseLabel, String illustration,
			List<String> cues, String dose, String easier, int holdSeconds, int tempoSeconds, int secondsPerRep,
			int reps, int sets, boolean perSide, int seconds, List<Segment> segments) {

		static Step of(RoutineView.StepView step, String contextPath, MessageSource messages, Locale locale) {
			Prescription dose = step.prescription();
			return new Step(step.index(), step.exercise().slug(), step.exercise().name(), step.phase().urlValue(),
					messages.getMessage(step.phase().labelKey(), null, locale),
					contextPath + step.exercise().illustrationPath(), step.exercise().keyCues(),
					words(dose, messages, locale), step.exercise().easierVariation(), dose.holdSeconds(),
					dose.tempoSeconds(), dose.secondsPerRep(), dose.reps(), dose.sets(), dose.perSide(), dose.seconds(),
					dose.segments().stream().map(Segment::of).toList());
		}

		/** The dosage in words, as the {@code fragments/dosage} summary writes it on the routine page. */
		static String words(Prescription dose, MessageSource messages, Locale locale) {
			return DosageWords.of(messages, locale, dose.holdSeconds(), dose.reps(), dose.sets(), dose.restSeconds(),
					dose.perSide());
		}

	}

	/** One timed stretch of the player: {@code get-ready}, {@code work}, {@code switch-sides} or {@code rest}. */
	record Segment(String type, int seconds, int set, int side, int reps) {

		static Segment of(Prescription.Segment segment) {
			return new Segment(segment.type().name().toLowerCase(Locale.ROOT).replace('_', '-'), segment.seconds(),
					segment.set(), segment.side(), segment.reps());
		}

	}

}
