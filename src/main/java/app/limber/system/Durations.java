package app.limber.system;

import org.springframework.stereotype.Component;

/** Durations for templates, as {@code ${@durations.clock(930)}} ("15:30") or {@code words} ("15 min 30 s"). */
@Component("durations")
public class Durations {

	public String clock(int seconds) {
		return "%d:%02d".formatted(seconds / 60, seconds % 60);
	}

	public String words(int seconds) {
		int minutes = seconds / 60;
		int rest = seconds % 60;
		if (minutes == 0) {
			return rest + " s";
		}
		return (rest == 0) ? minutes + " min" : minutes + " min " + rest + " s";
	}

}
