package jp.kyogikai.attendance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttendanceReplyRepository extends JpaRepository<AttendanceReply, Long> {

	Optional<AttendanceReply> findByMeetingIdAndMemberId(long meetingId, long memberId);

	List<AttendanceReply> findByMeetingId(long meetingId);

	List<AttendanceReply> findByMemberIdAndMeetingIdIn(long memberId, Collection<Long> meetingIds);

}
