package app.limber.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface LevelDecisionRepository extends Repository<LevelDecision, UUID> {

	LevelDecision save(LevelDecision decision);

	Optional<LevelDecision> findFirstByRoutineIdAndOwnerIdOrderByDecidedAtDesc(UUID routineId, UUID ownerId);

	List<LevelDecision> findByRoutineIdAndOwnerIdAndAcceptedTrueOrderByDecidedAtDesc(UUID routineId, UUID ownerId);

	@Modifying
	@Query("update LevelDecision d set d.ownerId = :to where d.ownerId = :from")
	int moveAll(UUID from, UUID to);

}
