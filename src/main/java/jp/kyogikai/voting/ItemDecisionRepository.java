package jp.kyogikai.voting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemDecisionRepository extends JpaRepository<ItemDecision, Long> {

	Optional<ItemDecision> findByAgendaItemId(long agendaItemId);

	List<ItemDecision> findByMeetingId(long meetingId);

}
