package jp.kyogikai.writtendeliberation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WrittenRecipientRepository extends JpaRepository<WrittenRecipient, Long> {

	List<WrittenRecipient> findByDeliberationIdOrderByPositionAsc(long deliberationId);

	Optional<WrittenRecipient> findByDeliberationIdAndMemberId(long deliberationId, long memberId);

	List<WrittenRecipient> findByMemberIdAndDeliberationIdIn(long memberId, Collection<Long> deliberationIds);

}
