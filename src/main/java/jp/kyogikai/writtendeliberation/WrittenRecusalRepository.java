package jp.kyogikai.writtendeliberation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WrittenRecusalRepository extends JpaRepository<WrittenRecusal, Long> {

	List<WrittenRecusal> findByDeliberationIdOrderByIdAsc(long deliberationId);

	Optional<WrittenRecusal> findByDeliberationIdAndMemberId(long deliberationId, long memberId);

}
