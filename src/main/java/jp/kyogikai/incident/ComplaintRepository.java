package jp.kyogikai.incident;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ComplaintRepository extends JpaRepository<Complaint, Long> {

	List<Complaint> findByOperatorIdOrderByReceivedOnDescIdDesc(long operatorId);

	Optional<Complaint> findByIdAndOperatorId(long id, long operatorId);

	long countByOperatorId(long operatorId);

	long countByOperatorIdAndResolvedOnIsNull(long operatorId);

}
