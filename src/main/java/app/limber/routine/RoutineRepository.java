package app.limber.routine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RoutineRepository extends Repository<Routine, UUID> {

	@EntityGraph(attributePaths = "steps")
	Optional<Routine> findById(UUID id);

	List<Routine> findByOwnerIdOrderByCreatedAtDesc(UUID ownerId);

	/** The owner's routines marked as their daily one (normally at most one), the latest marked first. */
	List<Routine> findByOwnerIdAndChosenAtNotNullOrderByChosenAtDesc(UUID ownerId);

	Routine save(Routine routine);

	@Modifying
	@Query("update Routine r set r.ownerId = :to where r.ownerId = :from")
	int moveAll(UUID from, UUID to);

	/** The database cascades to steps, answers and avoided movements. */
	@Modifying
	@Query("delete from Routine r where r.ownerId = :owner")
	int deleteAllByOwner(UUID owner);

}
