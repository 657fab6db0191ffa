package app.limber.session;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import app.limber.session.PainTrend.Direction;

import static org.assertj.core.api.Assertions.assertThat;

/** The pain trend as a plain rule: weekly averages over twelve weeks, and which way pain after sessions is going. */
class PainTrendTests {

	private static final LocalDate TODAY = LocalDate.of(2026, Month.NOVEMBER, 25);

	private static CompletionView session(int daysAgo, Integer before, Integer after, int minutes) {
		return new CompletionView(UUID.randomUUID(), UUID.randomUUID(), "Routine", TODAY.minusDays(daysAgo), null,
				minutes * 60, minutes * 60, before, after, List.of());
	}

	@Test
	void twelveWeeksOldestFirstEndingToday() {
		PainTrend trend = PainTrend.of(List.of(), TODAY);
		assertThat(trend.weeks()).hasSize(12);
		assertThat(trend.weeks().get(11).end()).isEqualTo(TODAY);
		assertThat(trend.weeks().get(11).start()).isEqualTo(TODAY.minusDays(6));
		assertThat(trend.weeks().get(0).start()).isEqualTo(TODAY.minusDays(83));
		assertThat(trend.direction()).isEqualTo(Direction.NOT_ENOUGH);
		assertThat(trend.hasSessions()).isFalse();
	}

	@Test
	void weeksAverageTheirRatingsAndAddUpTheirMinutes() {
		PainTrend trend = PainTrend.of(List.of(session(0, 6, 3, 10), session(1, 5, 4, 15), session(2, null, null, 5),
				session(7, 7, null, 12)), TODAY);
		PainTrend.Week thisWeek = trend.weeks().get(11);
		assertThat(thisWeek.before()).isEqualTo(5.5);
		assertThat(thisWeek.after()).isEqualTo(3.5);
		assertThat(thisWeek.minutes()).isEqualTo(30);
		assertThat(thisWeek.sessions()).isEqualTo(3);
		PainTrend.Week lastWeek = trend.weeks().get(10);
		assertThat(lastWeek.before()).isEqualTo(7.0);
		assertThat(lastWeek.after()).isNull();
		assertThat(lastWeek.minutes()).isEqualTo(12);
	}

	@Test
	void sessionsOlderThanTwelveWeeksAreLeftOut() {
		PainTrend trend = PainTrend.of(List.of(session(84, 9, 9, 20), session(83, 2, 2, 10)), TODAY);
		assertThat(trend.weeks().stream().mapToInt(PainTrend.Week::minutes).sum()).isEqualTo(10);
	}

	@Test
	void fromFiveToThreeInFourWeeksIsFalling() {
		PainTrend trend = PainTrend.of(List.of(session(28, 6, 5, 10), session(29, 6, 5, 10), session(14, 5, 4, 10),
				session(0, 4, 3, 10), session(1, 5, 3, 10)), TODAY);
		assertThat(trend.direction()).isEqualTo(Direction.FALLING);
		assertThat(trend.from()).isEqualTo(5);
		assertThat(trend.to()).isEqualTo(3);
		assertThat(trend.overWeeks()).isEqualTo(4);
		assertThat(trend.rising()).isFalse();
	}

	@Test
	void higherPainAfterInTheLatestWeekIsRising() {
		PainTrend trend = PainTrend.of(List.of(session(21, 3, 2, 10), session(7, 3, 3, 10), session(0, 4, 5, 10)), TODAY);
		assertThat(trend.direction()).isEqualTo(Direction.RISING);
		assertThat(trend.rising()).isTrue();
		assertThat(trend.from()).isEqualTo(2);
		assertThat(trend.to()).isEqualTo(5);
		assertThat(trend.overWeeks()).isEqualTo(3);
	}

	@Nested
	class WhatCountsAsTheSame {

		@Test
		void aDriftOfAFewTenthsRoundsToTheSamePoint() {
			// 4.0 then 4.4: both "4" on the 0-10 scale.
			PainTrend trend = PainTrend.of(List.of(session(14, 5, 4, 10), session(0, 5, 4, 10), session(1, 5, 5, 10),
					session(2, 5, 4, 10), session(3, 5, 4, 10), session(4, 5, 5, 10)), TODAY);
			assertThat(trend.direction()).isEqualTo(Direction.STEADY);
			assertThat(trend.from()).isEqualTo(4);
			assertThat(trend.to()).isEqualTo(4);
		}

		@Test
		void oneRatedWeekIsNotATrend() {
			List<CompletionView> oneWeek = new ArrayList<>();
			for (int day = 0; day < 7; day++) {
				oneWeek.add(session(day, 5, 7 - day % 3, 10));
			}
			PainTrend trend = PainTrend.of(oneWeek, TODAY);
			assertThat(trend.direction()).isEqualTo(Direction.NOT_ENOUGH);
			assertThat(trend.hasRatings()).isTrue();
		}

		@Test
		void ratingsOnlyBeforeSessionsAreNotATrendOfPainAfter() {
			PainTrend trend = PainTrend.of(List.of(session(14, 5, null, 10), session(0, 2, null, 10)), TODAY);
			assertThat(trend.direction()).isEqualTo(Direction.NOT_ENOUGH);
		}

	}

	@Test
	void theChartPutsZeroAtTheBottomAndTenAtTheTopAndBarsScaleToTheLongestWeek() {
		PainTrend trend = PainTrend.of(List.of(session(7, 10, 0, 30), session(0, null, 5, 15)), TODAY);
		PainChart chart = PainChart.of(trend);
		assertThat(chart.columns()).hasSize(12);
		PainChart.Column lastWeek = chart.columns().get(10);
		PainChart.Column thisWeek = chart.columns().get(11);
		assertThat(lastWeek.beforeY()).isEqualTo(PainChart.TOP);
		assertThat(lastWeek.afterY()).isEqualTo(PainChart.BOTTOM);
		assertThat(thisWeek.beforeY()).isNull();
		assertThat(lastWeek.barHeight()).isEqualTo(PainChart.BAR_HEIGHT);
		assertThat(thisWeek.barHeight()).isEqualTo(PainChart.BAR_HEIGHT / 2);
		assertThat(chart.afterLine()).isEqualTo(lastWeek.x() + "," + PainChart.BOTTOM + " " + thisWeek.x() + ","
				+ (PainChart.BOTTOM + PainChart.TOP) / 2);
		assertThat(chart.beforeLine()).isEqualTo(lastWeek.x() + "," + PainChart.TOP);
		assertThat(thisWeek.x()).isGreaterThan(lastWeek.x()).isLessThan(PainChart.RIGHT);
	}

}
