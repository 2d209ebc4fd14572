package jp.kyogikai.fare;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreedFareRepository extends JpaRepository<AgreedFare, Long> {

	List<AgreedFare> findByOperatorIdOrderByEffectiveFromAscAgreedOnAscIdAsc(long operatorId);

	List<AgreedFare> findByOperatorIdInOrderByEffectiveFromAscAgreedOnAscIdAsc(Collection<Long> operatorIds);

	Optional<AgreedFare> findByApplicationId(long applicationId);

}
