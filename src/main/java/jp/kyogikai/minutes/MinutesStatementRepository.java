package jp.kyogikai.minutes;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MinutesStatementRepository extends JpaRepository<MinutesStatement, Long> {

	List<MinutesStatement> findBySectionIdInOrderBySectionIdAscPositionAsc(Collection<Long> sectionIds);

}
