package jp.kyogikai.attendance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Notes, always read by their member: there is deliberately no query by item alone.
 */
interface MemberNoteRepository extends JpaRepository<MemberNote, Long> {

	Optional<MemberNote> findByMemberIdAndAgendaItemId(long memberId, long agendaItemId);

	List<MemberNote> findByMemberIdAndAgendaItemIdIn(long memberId, Collection<Long> agendaItemIds);

}
