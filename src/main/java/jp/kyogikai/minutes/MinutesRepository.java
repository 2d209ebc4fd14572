package jp.kyogikai.minutes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface MinutesRepository extends JpaRepository<Minutes, Long> {

	Optional<Minutes> findByMeetingId(long meetingId);

	List<Minutes> findByMeetingIdInAndPublishedAtIsNotNull(Collection<Long> meetingIds);

	/**
	 * Marks the minutes changed (their version goes up at the flush) when only their
	 * parts were edited, so that a page opened before sees its edit refused.
	 * @param id the minutes
	 * @return them
	 */
	@Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
	@Query("select m from Minutes m where m.id = :id")
	Optional<Minutes> lockForUpdate(long id);

}
