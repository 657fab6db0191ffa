package app.limber.reminder;

import java.text.Collator;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time zones as a person reads them, in a language: "Madrid (Central European Time)", "Madrid (hora de Europa
 * central)", grouped by region; the zone's ID (Europe/Madrid) stays the value a form sends. The city is the ID's own,
 * spaced ("Buenos Aires"), and the zone's name is Java's (CLDR) in the language. Plain Java; each language's list is
 * made once.
 */
final class ZoneNames {

	/** The regions of Region/City zones (no "Etc/GMT+3" or legacy aliases), in the order of the list. */
	static final List<String> REGIONS = List.of("Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia",
			"Europe", "Indian", "Pacific");

	private static final Map<Locale, List<Region>> LISTS = new ConcurrentHashMap<>();

	private ZoneNames() {
	}

	/** One zone: its ID, the value of the form, and its city and name in the language. */
	record Choice(String id, String city, String name) {
	}

	/** The zones of one region, by city in the language's alphabetical order. */
	record Region(String region, List<Choice> zones) {
	}

	/** Every Region/City zone Java knows, by region. */
	static List<Region> regions(Locale language) {
		return LISTS.computeIfAbsent(language, ZoneNames::list);
	}

	/** A zone's city ("New York" for America/New_York, "UTC" for UTC). */
	static String city(ZoneId zone) {
		String id = zone.getId();
		return id.substring(id.lastIndexOf('/') + 1).replace('_', ' ');
	}

	/** A zone's name in the language: "Central European Time", "hora de Europa central". */
	static String name(ZoneId zone, Locale language) {
		return zone.getDisplayName(TextStyle.FULL, language);
	}

	private static List<Region> list(Locale language) {
		Map<String, List<Choice>> byRegion = new LinkedHashMap<>();
		REGIONS.forEach((region) -> byRegion.put(region, new ArrayList<>()));
		for (String id : ZoneId.getAvailableZoneIds()) {
			int slash = id.indexOf('/');
			List<Choice> zones = (slash > 0) ? byRegion.get(id.substring(0, slash)) : null;
			if (zones != null) {
				ZoneId zone = ZoneId.of(id);
				zones.add(new Choice(id, city(zone), name(zone, language)));
			}
		}
		Collator collator = Collator.getInstance(language);
		Comparator<Choice> order = Comparator.comparing(Choice::city, collator).thenComparing(Choice::id);
		return byRegion.entrySet()
			.stream()
			.map((entry) -> new Region(entry.getKey(), entry.getValue().stream().sorted(order).toList()))
			.toList();
	}

}
