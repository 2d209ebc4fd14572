package jp.kyogikai.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AdministrativeActionRepository extends JpaRepository<AdministrativeAction, Long> {

	List<AdministrativeAction> findByOperatorIdOrderByActedOnDescIdDesc(long operatorId);

	Optional<AdministrativeAction> findByIdAndOperatorId(long id, long operatorId);

	long countByOperatorId(long operatorId);

}
