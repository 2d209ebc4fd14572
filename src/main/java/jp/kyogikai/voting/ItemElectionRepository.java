package jp.kyogikai.voting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemElectionRepository extends JpaRepository<ItemElection, Long> {

	Optional<ItemElection> findByAgendaItemId(long agendaItemId);

	List<ItemElection> findByMeetingId(long meetingId);

}
