package jp.kyogikai.voting;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.council.rule.CharterSettings;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.member.RosterEntry;

/**
 * The live screen of a meeting.
 *
 * @param meeting the meeting
 * @param councilName its council
 * @param settings the charter's settings
 * @param rows every member in office on the meeting's day, in roster order
 * @param attendees the non-members
 * @param session when it was opened and closed, and the observers
 * @param sitting the meeting now
 * @param deliberations the 協議事項 a 説明者 may be named for
 * @param editable whether staff may mark attendance (招集済み or 開催済み)
 * @param now the time now, the default of the time fields
 */
public record LivePage(Meeting meeting, String councilName, CharterSettings settings, List<Row> rows,
		List<AttendeeRow> attendees, MeetingSession session, LiveSitting sitting, List<AgendaLine> deliberations,
		boolean editable, LocalTime now) {

	/**
	 * A member's line.
	 *
	 * @param member the roster line
	 * @param attendance what staff marked
	 * @param current where the member is now
	 */
	public record Row(RosterEntry member, MeetingAttendance attendance, Attendance current) {

		public LocalTime arrivedAt() {
			return time(this.attendance.getArrivedAt());
		}

		public LocalTime leftAt() {
			return time(this.attendance.getLeftAt());
		}

	}

	/**
	 * A non-member's line.
	 *
	 * @param attendee the non-member
	 * @param itemTitle the 協議事項 a 説明者 explains, {@code null} when none
	 */
	public record AttendeeRow(MeetingAttendee attendee, String itemTitle) {
	}

	/**
	 * Whether 代理出席 may be marked.
	 * @return the charter's proxy policy allows it
	 */
	public boolean proxyAllowed() {
		return this.settings.proxyPolicy().allowed();
	}

	/**
	 * The moment the quorum is stated for.
	 * @return its time on the meeting's day
	 */
	public LocalTime asOf() {
		return time(this.sitting.at());
	}

	public LocalTime openedAt() {
		return time(this.session.getOpenedAt());
	}

	public LocalTime closedAt() {
		return time(this.session.getClosedAt());
	}

	static LocalTime time(Instant instant) {
		return (instant != null) ? instant.atZone(Kyogikai.ZONE).toLocalTime().withSecond(0).withNano(0) : null;
	}

}
