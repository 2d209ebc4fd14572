package jp.kyogikai.minutes;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
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

	/**
	 * Moves the version of final minutes on when a correction is stored (their content
	 * never changes), if it is still the one the page showed: the row stays locked until
	 * the transaction ends, so that two corrections at once cannot both pass.
	 * @param id the minutes
	 * @param version the version the page showed
	 * @return 1, or 0 when the version has moved on
	 */
	@Modifying(flushAutomatically = true)
	@Query("update Minutes m set m.version = m.version + 1 where m.id = :id and m.version = :version")
	int bumpVersion(long id, long version);

}
