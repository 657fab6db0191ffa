package app.limber.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CompletionRepository extends Repository<Completion, UUID> {

	Completion save(Completion completion);

	/** Saves and writes at once, so that a repeated idempotency key fails here, where it can be answered. */
	Completion saveAndFlush(Completion completion);

	Optional<Completion> findByOwnerIdAndIdempotencyKey(UUID ownerId, String idempotencyKey);

	Optional<Completion> findById(UUID id);

	List<Completion> findByOwnerIdOrderByCompletedAtDesc(UUID ownerId);

	List<Completion> findByOwnerIdAndCompletedOnGreaterThanEqualOrderByCompletedAtDesc(UUID ownerId, LocalDate since);

	long countByOwnerId(UUID ownerId);

	@Modifying
	@Query("update Completion c set c.ownerId = :to where c.ownerId = :from")
	int moveAll(UUID from, UUID to);

	/** The database cascades to the completion's steps. */
	@Modifying
	@Query("delete from Completion c where c.ownerId = :owner")
	int deleteAllByOwner(UUID owner);

	@Query("select distinct c.completedOn from Completion c where c.ownerId = ?1")
	List<LocalDate> findDaysByOwnerId(UUID ownerId);

	/** For each routine the owner has played: its id and when they last finished it. */
	@Query("select c.routineId, max(c.completedAt) from Completion c where c.ownerId = ?1 and c.routineId is not null group by c.routineId")
	List<Object[]> findLastPlayedByOwnerId(UUID ownerId);

	@Query("select coalesce(sum(c.durationSeconds), 0) from Completion c where c.ownerId = ?1")
	long sumDurationSecondsByOwnerId(UUID ownerId);

}
