package jp.kyogikai.attendance;

import java.time.Instant;

import jp.kyogikai.attendance.rule.Attendance;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enters members' replies without a signed-in user (demo data).
 */
@Service
@Transactional
public class AttendanceSetupService {

	private final AttendanceReplyRepository replies;

	AttendanceSetupService(AttendanceReplyRepository replies) {
		this.replies = replies;
	}

	/**
	 * Records a member's reply to a meeting, or changes it.
	 * @param meetingId the meeting
	 * @param memberId the member
	 * @param reply 出席 / 欠席 / 代理出席
	 * @param proxyName the proxy's name for 代理出席
	 * @param comment the member's comment, or {@code null}
	 * @param at when the reply came
	 */
	public void reply(long meetingId, long memberId, Attendance reply, String proxyName, String comment, Instant at) {
		AttendanceReply saved = this.replies.findByMeetingIdAndMemberId(meetingId, memberId)
			.orElseGet(() -> new AttendanceReply(meetingId, memberId));
		saved.answer(reply, proxyName, comment, at);
		this.replies.save(saved);
	}

}
