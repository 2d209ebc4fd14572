package jp.kyogikai.operator;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfficeRepository extends JpaRepository<Office, Long> {

	List<Office> findByOperatorIdOrderBySortOrderAscIdAsc(long operatorId);

	Optional<Office> findByIdAndOperatorId(long id, long operatorId);

}
