package app.limber.catalogue;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A dosage in plain words, e.g. "Hold 15 s × 3, each side" or "8 reps · 2 sets, 30 s rest between". One place
 * writes it, so the catalogue, the routine page, the sheet and the player always say the same; templates call it as
 * {@code ${@dosageWords.of(...)}}.
 */
@Component("dosageWords")
public class DosageWords {

	private final MessageSource messages;

	DosageWords(MessageSource messages) {
		this.messages = messages;
	}

	/** In the language of the current request. */
	public String of(int holdSeconds, int reps, int sets, int restSeconds, boolean perSide) {
		return of(this.messages, LocaleContextHolder.getLocale(), holdSeconds, reps, sets, restSeconds, perSide);
	}

	/** In the language of the current request; a pyramid's sets go down by two reps each, e.g. "5-3-1". */
	public String of(int holdSeconds, int reps, int sets, int restSeconds, boolean perSide, boolean pyramid) {
		return of(this.messages, LocaleContextHolder.getLocale(), holdSeconds, reps, sets, restSeconds, perSide,
				pyramid);
	}

	/** A catalogue dose as a routine prescribes it: McGill's endurance exercises in their pyramid ({@link Pyramids}). */
	public String of(ExerciseDetails exercise, Dosage dosage) {
		return of(dosage.holdSeconds(), dosage.reps(), dosage.sets(), dosage.restSeconds(), exercise.perSide(),
				Pyramids.fits(exercise, dosage.reps(), dosage.sets()));
	}

	public static String of(MessageSource messages, Locale locale, int holdSeconds, int reps, int sets,
			int restSeconds, boolean perSide) {
		return of(messages, locale, holdSeconds, reps, sets, restSeconds, perSide, false);
	}

	public static String of(MessageSource messages, Locale locale, int holdSeconds, int reps, int sets,
			int restSeconds, boolean perSide, boolean pyramid) {
		StringBuilder words = new StringBuilder();
		Object count = reps;
		if (pyramid && sets > 1) {
			StringBuilder sequence = new StringBuilder();
			for (int set = 0; set < sets; set++) {
				sequence.append((set == 0) ? "" : "-").append(reps - 2 * set);
			}
			count = sequence.toString();
		}
		if (holdSeconds >= Dosage.HOLD_WORDING_FROM_SECONDS) {
			words.append(messages.getMessage("dosage.hold", new Object[] { holdSeconds, count }, locale));
		}
		else if (holdSeconds > 0) {
			words.append(messages.getMessage("dosage.repsWithHold", new Object[] { count, holdSeconds }, locale));
		}
		else {
			words.append(messages.getMessage("dosage.reps", new Object[] { count }, locale));
		}
		if (perSide) {
			words.append(messages.getMessage("dosage.eachSide", null, locale));
		}
		if (pyramid && sets > 1) {
			words.append(messages.getMessage("dosage.pyramid", new Object[] { sets, restSeconds }, locale));
		}
		else if (sets > 1) {
			words.append(messages.getMessage("dosage.sets", new Object[] { sets, restSeconds }, locale));
		}
		return words.toString();
	}

}
