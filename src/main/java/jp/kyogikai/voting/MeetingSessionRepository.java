package jp.kyogikai.voting;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface MeetingSessionRepository extends JpaRepository<MeetingSession, Long> {

	Optional<MeetingSession> findByMeetingId(long meetingId);

}
