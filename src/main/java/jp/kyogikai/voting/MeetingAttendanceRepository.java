package jp.kyogikai.voting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingAttendanceRepository extends JpaRepository<MeetingAttendance, Long> {

	List<MeetingAttendance> findByMeetingId(long meetingId);

	Optional<MeetingAttendance> findByMeetingIdAndMemberId(long meetingId, long memberId);

}
