package jp.kyogikai.voting;

import java.util.List;

import jp.kyogikai.attendance.rule.Attendance;
import jp.kyogikai.meeting.AgendaLine;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.member.OfficerRole;

/**
 * The staff page of an election item (会長・副会長の互選) at the meeting: how it is set up, who
 * presides now, the members as they are now, the results so far and the offices still to
 * elect.
 *
 * @param meeting the meeting
 * @param line the item as the 次第 shows it
 * @param sitting the meeting now
 * @param election the item's set-up (not yet stored when {@code election.getId()} is
 * {@code null})
 * @param presider who presides now, {@code null} when nobody can (no officer present and
 * no 座長 chosen)
 * @param rows every member in office on the meeting's day, as things stand now
 * @param results the nominations decided so far, oldest first
 * @param openRoles the offices of the item not yet filled, 会長 first
 * @param editable whether the meeting may still be changed (招集済み or 開催済み)
 */
public record ElectionPage(Meeting meeting, AgendaLine line, LiveSitting sitting, ItemElection election,
		Presider presider, List<Row> rows, List<ElectionResult> results, List<OfficerRole> openRoles,
		boolean editable) {

	/**
	 * A member's line now.
	 *
	 * @param memberId the member
	 * @param name the name
	 * @param attendance where the member is now
	 * @param office 会長 / 副会長 now, {@code null} for none
	 * @param presiding whether the member presides over the election now
	 * @param entitled whether the member may vote on a nomination now
	 */
	public record Row(long memberId, String name, Attendance attendance, OfficerRole office, boolean presiding,
			boolean entitled) {

		/**
		 * Whether the member is there in person (a candidate must be).
		 * @return {@code true} when present in person
		 */
		public boolean inPerson() {
			return this.attendance == Attendance.PRESENT;
		}

	}

	/**
	 * Whether every office of the item is filled: the item is then locked.
	 * @return {@code true} once decided
	 */
	public boolean decided() {
		return this.openRoles.isEmpty();
	}

	/**
	 * How many members may vote on a nomination now.
	 * @return the entitled members
	 */
	public long entitledCount() {
		return this.rows.stream().filter(Row::entitled).count();
	}

	public PresiderKind[] presiderKinds() {
		return PresiderKind.values();
	}

	public Nomination[] nominations() {
		return Nomination.values();
	}

}
