package app.limber.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import app.limber.catalogue.TestCatalogue;
import app.limber.routine.DosageLimits;
import app.limber.routine.Focus;
import app.limber.routine.Level;
import app.limber.routine.Plan;
import app.limber.routine.RoutinePlanner;
import app.limber.routine.RoutineRequest;
import app.limber.routine.RoutineView;
import app.limber.routine.Setting;

import static org.assertj.core.api.Assertions.assertThat;

/** The player runs exactly the segments that gave the routine its times, for every kind of routine the planner builds. */
class PlayerPlanTests {

	private final RoutinePlanner planner = new RoutinePlanner(TestCatalogue.exercises());

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	PlayerPlanTests() {
		this.messages.setBasenames("messages", "messages-session");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
	}

	@Test
	void theSegmentsOfEveryBuiltRoutineAddUpToItsTotal() {
		int routines = 0;
		for (int minutes : new int[] { 5, 10, 15, 20, 30 }) {
			for (Focus focus : Focus.values()) {
				for (Level level : Level.values()) {
					for (Setting setting : Setting.values()) {
						RoutineRequest request = new RoutineRequest(minutes, focus, level, setting, Set.of(), Set.of());
						Plan built = this.planner.plan(request);
						RoutineView routine = view(built, request);
						PlayerPlan plan = PlayerPlan.of(routine, "", this.messages, Locale.ENGLISH);
						String which = minutes + " min " + focus + " " + level + " " + setting;

						assertThat(plan.totalSeconds()).as(which).isEqualTo(built.totalSeconds());
						int sum = 0;
						for (PlayerPlan.Step step : plan.steps()) {
							int segments = step.segments().stream().mapToInt(PlayerPlan.Segment::seconds).sum();
							assertThat(segments).as(which + " " + step.slug()).isEqualTo(step.seconds());
							assertThat(step.segments())
								.filteredOn((segment) -> segment.type().equals("work"))
								.allSatisfy((work) -> assertThat(work.seconds()).isEqualTo(work.reps() * step.secondsPerRep()));
							sum += segments;
						}
						assertThat(sum).as(which).isEqualTo(routine.totalSeconds());
						routines++;
					}
				}
			}
		}
		assertThat(routines).isEqualTo(100);
	}

	@Test
	void getReadiesThatMeanGettingDownOrUpAreLongerAndMarkedForThePlayer() {
		RoutineRequest request = new RoutineRequest(15, Focus.BALANCED, Level.BEGINNER, Setting.FLOOR, Set.of(), Set.of());
		PlayerPlan plan = PlayerPlan.of(view(this.planner.plan(request), request), "", this.messages, Locale.ENGLISH);
		List<String> transitions = new ArrayList<>();
		for (PlayerPlan.Step step : plan.steps()) {
			PlayerPlan.Segment getReady = step.segments().get(0);
			assertThat(step.segments().subList(1, step.segments().size())).allSatisfy((segment) -> assertThat(segment.transition()).isNull());
			if (getReady.transition() != null) {
				transitions.add(getReady.transition());
				assertThat(getReady.seconds()).isEqualTo(20);
			}
			else {
				assertThat(getReady.seconds()).isEqualTo(10);
			}
		}
		assertThat(transitions).containsExactly("down", "up");
		assertThat(plan.steps().get(0).phase()).isEqualTo("warm-up");
		assertThat(plan.steps().get(plan.steps().size() - 1).phase()).isEqualTo("cool-down");
	}

	@Test
	void pregnancyNotesTravelWithTheStepsOfARoutineBuiltForPregnancy() {
		RoutineRequest pregnant = new RoutineRequest(15, Focus.WEAK, Level.BEGINNER, Setting.DESK, Set.of(),
				Set.of(app.limber.catalogue.HealthCondition.PREGNANCY));
		PlayerPlan plan = PlayerPlan.of(view(this.planner.plan(pregnant), pregnant), "", this.messages, Locale.ENGLISH);
		assertThat(plan.steps()).filteredOn((step) -> step.slug().equals("seated-brace"))
			.singleElement()
			.satisfies((step) -> assertThat(step.pregnancyNotes()).singleElement().asString().contains("midwife"));
		RoutineRequest notPregnant = new RoutineRequest(15, Focus.WEAK, Level.BEGINNER, Setting.DESK, Set.of(), Set.of());
		PlayerPlan other = PlayerPlan.of(view(this.planner.plan(notPregnant), notPregnant), "", this.messages, Locale.ENGLISH);
		assertThat(other.steps()).allSatisfy((step) -> assertThat(step.pregnancyNotes()).isEmpty());
	}

	@Test
	void aOneSidedStepSwitchesSidesAndRestsBetweenSets() {
		RoutineRequest request = new RoutineRequest(20, Focus.WEAK, Level.INTERMEDIATE, Setting.FLOOR, Set.of(), Set.of());
		PlayerPlan plan = PlayerPlan.of(view(this.planner.plan(request), request), "", this.messages, Locale.ENGLISH);
		List<String> types = new ArrayList<>();
		plan.steps().forEach((step) -> step.segments().forEach((segment) -> types.add(segment.type())));
		assertThat(types).containsOnly("get-ready", "work", "switch-sides", "rest");
		assertThat(plan.steps()).allSatisfy((step) -> assertThat(step.segments().get(0).type()).isEqualTo("get-ready"));
		assertThat(plan.steps()).filteredOn(PlayerPlan.Step::perSide)
			.allSatisfy((step) -> assertThat(step.segments()).extracting(PlayerPlan.Segment::type).contains("switch-sides"));
		assertThat(plan.steps()).filteredOn((step) -> step.sets() > 1)
			.allSatisfy((step) -> assertThat(step.segments()).extracting(PlayerPlan.Segment::type).contains("rest"));
	}

	@Test
	void carriesTheWordsThePlayerShowsAndSpeaks() {
		RoutineRequest request = new RoutineRequest(10, Focus.TIGHT, Level.BEGINNER, Setting.FLOOR, Set.of(), Set.of());
		PlayerPlan plan = PlayerPlan.of(view(this.planner.plan(request), request), "/app", this.messages, Locale.ENGLISH);
		assertThat(plan.messages()).containsKeys(PlayerPlan.MESSAGES.toArray(String[]::new))
			.containsEntry("switchSides", "Switch sides")
			.containsEntry("say.relax", "Relax")
			.containsEntry("voice.on", "Voice: on");
		PlayerPlan.Step first = plan.steps().get(0);
		assertThat(first.illustration()).startsWith("/app/figures/");
		assertThat(first.cues()).hasSizeBetween(1, 3);
		assertThat(first.phaseLabel()).isEqualTo("Warm up");
		assertThat(first.dose()).isNotBlank();
	}

	@Test
	void writesTheDoseAsTheRoutinePageDoes() {
		var hold = new app.limber.routine.Prescription(15, 4, 2, 1, 0, true);
		var reps = new app.limber.routine.Prescription(0, 4, 10, 2, 30, false);
		var repsWithHold = new app.limber.routine.Prescription(3, 3, 8, 1, 0, false);
		assertThat(PlayerPlan.Step.words(hold, this.messages, Locale.ENGLISH)).isEqualTo("Hold 15 s \u00d7 2, each side");
		assertThat(PlayerPlan.Step.words(reps, this.messages, Locale.ENGLISH))
			.isEqualTo("10 reps \u00b7 2 sets, 30 s rest between");
		assertThat(PlayerPlan.Step.words(repsWithHold, this.messages, Locale.ENGLISH)).isEqualTo("8 \u00d7 3 s hold");
	}

	@Test
	void theVoiceSaysTheDoseInWordsFromThePlansOwnNumbers() {
		PlayerPlan.Speech speech = new PlayerPlan.Speech(this.messages, Locale.ENGLISH);
		var hold = new app.limber.routine.Prescription(15, 4, 2, 1, 0, true);
		var reps = new app.limber.routine.Prescription(0, 4, 10, 2, 30, false);
		var repsWithHold = new app.limber.routine.Prescription(3, 3, 8, 1, 0, false);
		var once = new app.limber.routine.Prescription(30, 4, 1, 1, 0, false);
		assertThat(speech.dose(hold)).isEqualTo("Hold for 15 seconds, 2 times on each side");
		assertThat(speech.dose(reps)).isEqualTo("10 reps, 2 sets");
		assertThat(speech.dose(repsWithHold)).isEqualTo("8 reps, holding each for 3 seconds");
		assertThat(speech.dose(once)).isEqualTo("Hold for 30 seconds");
		assertThat(speech.intro(false, "Glute bridge", reps, "Squeeze your buttocks"))
			.isEqualTo("Next: Glute bridge. 10 reps, 2 sets. Squeeze your buttocks.");
		assertThat(speech.intro(true, "Cat-cow", new app.limber.routine.Prescription(0, 4, 10, 1, 0, false),
				"Move slowly; never force the end of the range"))
			.isEqualTo("Cat-cow. 10 reps. Move slowly; never force the end of the range.");
	}

	@Test
	void everySegmentOfEveryRoutineHasASentenceWithoutShorthand() {
		for (int minutes : new int[] { 5, 15, 30 }) {
			for (Focus focus : Focus.values()) {
				for (Setting setting : Setting.values()) {
					RoutineRequest request = new RoutineRequest(minutes, focus, Level.INTERMEDIATE, setting, Set.of(), Set.of());
					PlayerPlan plan = PlayerPlan.of(view(this.planner.plan(request), request), "", this.messages, Locale.ENGLISH);
					for (PlayerPlan.Step step : plan.steps()) {
						PlayerPlan.Segment getReady = step.segments().get(0);
						assertThat(getReady.say()).startsWith((step.index() == 0 ? "" : "Next: ") + step.name() + ". ")
							.contains(step.cues().get(0));
						assertThat(step.segments()).allSatisfy((segment) -> assertThat(segment.say()).isNotBlank()
							.doesNotContain("\u00d7", "{", "}")
							.doesNotContainPattern("\\d ?s\\b"));
						assertThat(step.segments()).filteredOn((segment) -> segment.type().equals("rest"))
							.allSatisfy((rest) -> assertThat(rest.say()).isEqualTo("Rest for " + rest.seconds() + " seconds."));
					}
				}
			}
		}
	}

	@Test
	void jsonInTheScriptElementCannotCloseIt() {
		assertThat(SessionController.scriptSafe("{\"name\":\"</script><script>alert(1)</script> & <!--\"}"))
			.doesNotContain("<", ">", "&")
			.isEqualTo("{\"name\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!--\"}");
	}

	private static RoutineView view(Plan plan, RoutineRequest request) {
		List<RoutineView.StepView> steps = new ArrayList<>();
		for (int i = 0; i < plan.steps().size(); i++) {
			Plan.Step step = plan.steps().get(i);
			steps.add(new RoutineView.StepView(i, step.exercise(), step.phase(), step.prescription(), step.reasonKey(),
					DosageLimits.of(step.exercise(), request.level(), request.focus())));
		}
		return new RoutineView(UUID.randomUUID(), "Test", request.minutes(), request.focus(), request.level(),
				request.setting(), Set.of(), request.conditions(), null, null, steps, false);
	}

}
