package app.limber.account;

import java.time.Instant;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SigninFailureRepository extends Repository<SigninFailure, Long> {

	SigninFailure save(SigninFailure failure);

	long countByAddressAndAttemptedAtAfter(String address, Instant since);

	@Modifying
	@Query("delete from SigninFailure f where f.attemptedAt < :before")
	void deleteOlderThan(Instant before);

}
