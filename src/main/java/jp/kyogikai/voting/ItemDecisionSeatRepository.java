package jp.kyogikai.voting;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemDecisionSeatRepository extends JpaRepository<ItemDecisionSeat, Long> {

	List<ItemDecisionSeat> findByDecisionIdOrderByPositionAsc(long decisionId);

	List<ItemDecisionSeat> findByDecisionIdInOrderByDecisionIdAscPositionAsc(Collection<Long> decisionIds);

}
