package app.limber.catalogue;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** Read-only: the catalogue changes only through migrations. */
interface ExerciseRepository extends Repository<Exercise, Long> {

	List<Exercise> findAllByOrderByNameAsc();

	Optional<Exercise> findBySlug(String slug);

}
