package app.limber.owner;

import java.util.UUID;

import org.springframework.data.repository.Repository;

interface OwnerRepository extends Repository<Owner, UUID> {

	Owner save(Owner owner);

	void deleteById(UUID id);

}
