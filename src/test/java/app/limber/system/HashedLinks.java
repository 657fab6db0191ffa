package app.limber.system;

import java.util.regex.Pattern;

/** Static files are linked under content-hashed names: {@code /css/sheet.css} is written {@code /css/sheet-<md5>.css}. */
public final class HashedLinks {

	private HashedLinks() {
	}

	/** A pattern for the hashed link to {@code path}, e.g. {@code /img/exercises/bird-dog.svg}. */
	public static String of(String path) {
		int dot = path.lastIndexOf('.');
		return Pattern.quote(path.substring(0, dot)) + "-[0-9a-f]{32}" + Pattern.quote(path.substring(dot));
	}

}
