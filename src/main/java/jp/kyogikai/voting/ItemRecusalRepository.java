package jp.kyogikai.voting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ItemRecusalRepository extends JpaRepository<ItemRecusal, Long> {

	List<ItemRecusal> findByAgendaItemIdOrderByIdAsc(long agendaItemId);

	Optional<ItemRecusal> findByAgendaItemIdAndMemberId(long agendaItemId, long memberId);

}
