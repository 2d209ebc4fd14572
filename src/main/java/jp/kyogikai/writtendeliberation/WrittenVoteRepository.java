package jp.kyogikai.writtendeliberation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WrittenVoteRepository extends JpaRepository<WrittenVote, Long> {

	List<WrittenVote> findByDeliberationId(long deliberationId);

	Optional<WrittenVote> findByDeliberationIdAndMemberId(long deliberationId, long memberId);

	List<WrittenVote> findByMemberIdAndDeliberationIdIn(long memberId, Collection<Long> deliberationIds);

}
