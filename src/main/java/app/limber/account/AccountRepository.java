package app.limber.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, UUID> {

	Optional<Account> findByEmail(String email);

	Optional<Account> findByOwnerId(UUID ownerId);

	boolean existsByEmail(String email);

	Account save(Account account);

	@Modifying
	@Query("delete from Account a where a.ownerId = :owner")
	void deleteByOwner(UUID owner);

}
