package jp.kyogikai.voting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ElectionResultRepository extends JpaRepository<ElectionResult, Long> {

	List<ElectionResult> findByAgendaItemIdOrderByPositionAsc(long agendaItemId);

	List<ElectionResult> findByMeetingIdOrderByAgendaItemIdAscPositionAsc(long meetingId);

}
