package app.limber.routine;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface RoutineRepository extends Repository<Routine, UUID> {

	@EntityGraph(attributePaths = "steps")
	Optional<Routine> findById(UUID id);

	List<Routine> findByOwnerIdOrderByCreatedAtDesc(UUID ownerId);

	Routine save(Routine routine);

}
