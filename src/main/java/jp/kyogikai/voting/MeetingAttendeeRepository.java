package jp.kyogikai.voting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingAttendeeRepository extends JpaRepository<MeetingAttendee, Long> {

	List<MeetingAttendee> findByMeetingIdOrderByIdAsc(long meetingId);

}
