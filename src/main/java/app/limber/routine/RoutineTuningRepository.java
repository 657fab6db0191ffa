package app.limber.routine;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoutineTuningRepository extends JpaRepository<RoutineTuning, UUID> {

	/** A routine's changes, newest first. */
	List<RoutineTuning> findByRoutineIdOrderByTunedAtDesc(UUID routineId);

	/** The changes of several routines (an owner's), newest first. */
	List<RoutineTuning> findByRoutineIdInOrderByTunedAtDesc(Collection<UUID> routineIds);

}
