package app.limber.reminder;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ReminderRepository extends Repository<Reminder, UUID> {

	Reminder save(Reminder reminder);

	Optional<Reminder> findBySecretHash(String secretHash);

	Optional<Reminder> findByRoutineId(UUID routineId);

	List<Reminder> findByOwnerIdOrderByCreatedAt(UUID ownerId);

	void delete(Reminder reminder);

	@Modifying
	@Query("update Reminder r set r.ownerId = :to where r.ownerId = :from")
	int moveAll(UUID from, UUID to);

	@Modifying
	@Query("delete from Reminder r where r.ownerId = :owner")
	int deleteAllByOwner(UUID owner);

}
