package jp.kyogikai.writtendeliberation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WrittenDeliberationRepository extends JpaRepository<WrittenDeliberation, Long> {

	List<WrittenDeliberation> findByCouncilIdOrderByCreatedAtDescIdDesc(long councilId);

	List<WrittenDeliberation> findByCouncilIdInAndStatusInOrderByDeadlineAscIdAsc(Collection<Long> councilIds,
			Collection<WrittenDeliberationStatus> statuses);

}
