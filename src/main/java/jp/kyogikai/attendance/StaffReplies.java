package jp.kyogikai.attendance;

import java.util.List;

import jp.kyogikai.attendance.rule.QuorumForecast;
import jp.kyogikai.council.rule.ProxyPolicy;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.member.RosterEntry;

/**
 * The replies to a meeting as staff see them: every member in office on the meeting's day
 * with the reply or none, and the quorum forecast.
 *
 * @param meeting the meeting
 * @param rows the members in the roster's order
 * @param forecast the forecast from the replies
 * @param proxyPolicy the charter's proxy policy
 * @param replyOpen whether replies may still change
 */
public record StaffReplies(Meeting meeting, List<Row> rows, QuorumForecast forecast, ProxyPolicy proxyPolicy,
		boolean replyOpen) {

	/**
	 * A member and its reply.
	 *
	 * @param member the roster line
	 * @param reply the reply, {@code null} for 未回答
	 */
	public record Row(RosterEntry member, AttendanceReply reply) {
	}

}
