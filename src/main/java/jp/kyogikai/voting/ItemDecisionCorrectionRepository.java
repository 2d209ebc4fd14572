package jp.kyogikai.voting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemDecisionCorrectionRepository extends JpaRepository<ItemDecisionCorrection, Long> {

	List<ItemDecisionCorrection> findByDecisionIdOrderByIdAsc(long decisionId);

}
