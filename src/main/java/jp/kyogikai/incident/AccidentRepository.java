package jp.kyogikai.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccidentRepository extends JpaRepository<Accident, Long> {

	List<Accident> findByOperatorIdOrderByOccurredOnDescIdDesc(long operatorId);

	List<Accident> findByOperatorIdAndSeriousTrue(long operatorId);

	Optional<Accident> findByIdAndOperatorId(long id, long operatorId);

	long countByOperatorId(long operatorId);

	long countByOperatorIdAndSeriousTrue(long operatorId);

}
