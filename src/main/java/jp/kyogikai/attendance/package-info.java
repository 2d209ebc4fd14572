/**
 * What a member answers before a meeting, and the member's pages of its council's
 * meetings. {@link jp.kyogikai.attendance.AttendanceReply} (出席 / 欠席 / 代理出席 with the
 * proxy's name and a comment; audited) is given by the member until the meeting is held,
 * or recorded by staff on the member's behalf; {@link jp.kyogikai.attendance.MemberNote}
 * is a member's private note on one 次第 item, read by nobody else. The staff meeting page
 * shows the replies and the quorum forecast
 * ({@link jp.kyogikai.attendance.rule.QuorumForecast}, from the charter's quorum rule and
 * proxy policy). A member sees the meetings of a council from their convocation on, when
 * in office there on the meeting's day or today; pages under
 * {@code /member-portal/meetings/**} and, for staff, {@code /meetings/{id}/replies/**}.
 */
package jp.kyogikai.attendance;
