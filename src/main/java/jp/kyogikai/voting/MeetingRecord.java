package jp.kyogikai.voting;

import java.time.Instant;
import java.util.List;

import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.member.RosterEntry;

import org.springframework.context.MessageSourceResolvable;

/**
 * What was recorded of a held meeting, for its minutes: the members in office on its day
 * with their attendance, the non-members, the observers, the actual times, and the quorum
 * and the presiding member at the opening.
 *
 * @param meeting the meeting
 * @param councilName the council's name
 * @param openedAt 開会, or {@code null} when never opened
 * @param closedAt 閉会, or {@code null}
 * @param observers 傍聴人数
 * @param members each member in office on the meeting's day, in roster order
 * @param attendees 事務局, 説明者 and 参考人 in the order they were entered
 * @param quorumStatement the quorum as the minutes write it, at the opening
 * @param presidingName the member presiding at the opening, or {@code null}
 */
public record MeetingRecord(Meeting meeting, String councilName, Instant openedAt, Instant closedAt, int observers,
		List<MemberLine> members, List<MeetingAttendee> attendees, MessageSourceResolvable quorumStatement,
		String presidingName) {

	/**
	 * A member's attendance at the meeting.
	 *
	 * @param member the roster line on the meeting's day
	 * @param attendance 出席 / 欠席 / 代理出席 as marked (a late arrival is 出席)
	 * @param proxyName the proxy's name for 代理出席
	 * @param arrivedAt 遅参, or {@code null}
	 * @param leftAt 退席, or {@code null}
	 */
	public record MemberLine(RosterEntry member, Attendance attendance, String proxyName, Instant arrivedAt,
			Instant leftAt) {
	}

}
