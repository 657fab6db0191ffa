package app.limber.session;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where things go in the history's two small SVG charts, so the template only prints numbers: pain before (dashed
 * line, hollow squares) and after (solid line, filled circles) on a 0-10 scale, and minutes per week as bars. Line
 * styles and markers, not colour, tell the two apart, so the chart reads the same printed in black and white.
 */
public record PainChart(List<Column> columns, String beforeLine, String afterLine, List<Integer> gridValues,
		int maxMinutes) {

	public static final int WIDTH = 400;

	public static final int LEFT = 30;

	public static final int RIGHT = 392;

	public static final int TOP = 34;

	public static final int BOTTOM = 214;

	/** The minutes chart's bars grow up from here, at most {@link #BAR_HEIGHT} tall. */
	public static final int BAR_BASE = 110;

	public static final int BAR_HEIGHT = 80;

	/** One week's column: its centre, its markers (null without a rating) and its bar. */
	public record Column(PainTrend.Week week, int x, Integer beforeY, Integer afterY, int barY, int barHeight) {
	}

	public static PainChart of(PainTrend trend) {
		List<PainTrend.Week> weeks = trend.weeks();
		int maxMinutes = Math.max(1, weeks.stream().mapToInt(PainTrend.Week::minutes).max().orElse(0));
		double step = (RIGHT - LEFT) / (double) weeks.size();
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < weeks.size(); i++) {
			PainTrend.Week week = weeks.get(i);
			int x = (int) Math.round(LEFT + (i + 0.5) * step);
			int bar = (int) Math.round(BAR_HEIGHT * week.minutes() / (double) maxMinutes);
			columns.add(new Column(week, x, y(week.before()), y(week.after()), BAR_BASE - bar, bar));
		}
		return new PainChart(List.copyOf(columns), line(columns, Column::beforeY), line(columns, Column::afterY),
				List.of(0, 2, 4, 6, 8, 10), maxMinutes);
	}

	/** The y of a pain rating: 0 at the bottom, 10 at the top. */
	public static Integer y(Double pain) {
		return (pain == null) ? null : (int) Math.round(BOTTOM - pain * (BOTTOM - TOP) / 10.0);
	}

	public int gridY(int pain) {
		return y((double) pain);
	}

	/** An SVG polyline's points through the weeks that have a rating; empty when none has. */
	private static String line(List<Column> columns, Function<Column, Integer> y) {
		return columns.stream()
			.filter((column) -> y.apply(column) != null)
			.map((column) -> column.x() + "," + y.apply(column))
			.collect(Collectors.joining(" "));
	}

}
