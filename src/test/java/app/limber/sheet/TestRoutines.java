package app.limber.sheet;

import java.util.Set;
import java.util.UUID;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.stereotype.Component;

import app.limber.owner.OwnerKeys;
import app.limber.routine.Focus;
import app.limber.routine.Level;
import app.limber.routine.RoutineRequest;
import app.limber.routine.RoutineView;
import app.limber.routine.Routines;
import app.limber.routine.Setting;

/** Saves routines for tests the way the builder does, each for a new browser of its own. */
@Component
class TestRoutines {

	private final OwnerKeys owners;

	private final Routines routines;

	TestRoutines(OwnerKeys owners, Routines routines) {
		this.owners = owners;
		this.routines = routines;
	}

	RoutineView build(int minutes, Focus focus, Level level, Setting setting, String name) {
		UUID owner = this.owners.currentOrNew(new MockHttpServletRequest(), new MockHttpServletResponse());
		return this.routines.build(owner, new RoutineRequest(minutes, focus, level, setting, Set.of(), Set.of()), name);
	}

}
