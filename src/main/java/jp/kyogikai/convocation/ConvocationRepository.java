package jp.kyogikai.convocation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ConvocationRepository extends JpaRepository<Convocation, Long> {

	List<Convocation> findByMeetingIdOrderBySentAtDescIdDesc(long meetingId);

	/**
	 * The latest convocation of any of the meetings, for the document prefix the council
	 * used last.
	 */
	Optional<Convocation> findFirstByMeetingIdInOrderBySentAtDescIdDesc(Collection<Long> meetingIds);

}
