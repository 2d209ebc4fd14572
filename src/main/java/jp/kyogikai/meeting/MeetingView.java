package jp.kyogikai.meeting;

import java.util.List;
import java.util.Set;

import jp.kyogikai.council.Council;
import jp.kyogikai.meeting.rule.MeetingStatus;

/**
 * A meeting with its council, its 次第 and what staff may do with it.
 *
 * @param checked the meeting and its council, checked for the user the view was made for
 * (the meeting page hands it to its panels)
 * @param agenda the 次第 in order
 * @param eligible the applications a 協議事項 may be linked to
 * @param nextStatuses the statuses it may move to
 * @param agendaEditable whether the 次第 may still change
 */
public record MeetingView(CheckedMeeting checked, List<AgendaLine> agenda, List<EligibleApplication> eligible,
		Set<MeetingStatus> nextStatuses, boolean agendaEditable) {

	public Meeting meeting() {
		return this.checked.meeting();
	}

	public Council council() {
		return this.checked.council();
	}

}
