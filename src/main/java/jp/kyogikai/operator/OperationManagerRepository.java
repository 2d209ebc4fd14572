package jp.kyogikai.operator;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OperationManagerRepository extends JpaRepository<OperationManager, Long> {

	List<OperationManager> findByOperatorIdOrderBySortOrderAscIdAsc(long operatorId);

	List<OperationManager> findByOfficeId(long officeId);

	Optional<OperationManager> findByIdAndOperatorId(long id, long operatorId);

}
