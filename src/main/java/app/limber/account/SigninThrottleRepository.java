package app.limber.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface SigninThrottleRepository extends Repository<SigninThrottle, String> {

	/** Reads a counter and locks its row until the transaction ends, so simultaneous tries queue for it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select t from SigninThrottle t where t.key = :key")
	Optional<SigninThrottle> findForUpdate(String key);

	SigninThrottle saveAndFlush(SigninThrottle throttle);

	@Modifying
	@Query("delete from SigninThrottle t where t.key = :key")
	void deleteByKey(String key);

	@Modifying
	@Query("delete from SigninThrottle t where t.lastFailureAt < :before")
	int deleteForgottenBefore(Instant before);

}
