package jp.kyogikai.attendance;

import java.time.LocalDate;
import java.time.LocalTime;

import jp.kyogikai.Kyogikai;
import jp.kyogikai.calendar.FiscalYear;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.meeting.rule.MeetingStatus;

/**
 * A meeting as a member's lists show it, with the member's own reply.
 *
 * @param meeting the meeting
 * @param councilName its council
 * @param reply the member's reply, {@code null} before replying
 */
public record MemberMeeting(Meeting meeting, String councilName, AttendanceReply reply) {

	/**
	 * The meeting's 年度 as titles write it.
	 * @return e.g. 令和7年度
	 */
	public String fiscalYearLabel() {
		return FiscalYear.of(LocalDate.of(this.meeting.getFiscalYear(), 4, 1)).label();
	}

	public LocalDate date() {
		return LocalDate.ofInstant(this.meeting.getStartsAt(), Kyogikai.ZONE);
	}

	public LocalTime startTime() {
		return this.meeting.getStartsAt().atZone(Kyogikai.ZONE).toLocalTime();
	}

	public LocalTime endTime() {
		return (this.meeting.getEndsAt() != null) ? this.meeting.getEndsAt().atZone(Kyogikai.ZONE).toLocalTime() : null;
	}

	/**
	 * Whether the minutes are public (the minutes themselves come with the next issue).
	 * @return {@code true} once the meeting is 公開済み
	 */
	public boolean minutesPublished() {
		return this.meeting.getStatus() == MeetingStatus.PUBLISHED;
	}

}
