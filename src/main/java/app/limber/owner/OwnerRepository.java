package app.limber.owner;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

interface OwnerRepository extends Repository<Owner, UUID> {

	Optional<Owner> findByKeyHash(String keyHash);

	Owner save(Owner owner);

}
