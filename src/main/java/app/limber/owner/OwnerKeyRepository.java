package app.limber.owner;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OwnerKeyRepository extends Repository<OwnerKey, String> {

	Optional<OwnerKey> findById(String keyHash);

	OwnerKey save(OwnerKey key);

	@Modifying
	@Query("delete from OwnerKey k where k.keyHash = :keyHash")
	void deleteByKeyHash(String keyHash);

	@Modifying
	@Query("delete from OwnerKey k where k.ownerId = :ownerId")
	void deleteByOwnerId(UUID ownerId);

}
