package jp.kyogikai.meeting;

import java.util.List;
import java.util.Set;

import jp.kyogikai.council.Council;
import jp.kyogikai.meeting.rule.MeetingStatus;

/**
 * A meeting with its council, its 次第 and what staff may do with it.
 *
 * @param meeting the meeting
 * @param council its council
 * @param agenda the 次第 in order
 * @param eligible the applications a 協議事項 may be linked to
 * @param nextStatuses the statuses it may move to
 * @param agendaEditable whether the 次第 may still change
 */
public record MeetingView(Meeting meeting, Council council, List<AgendaLine> agenda, List<EligibleApplication> eligible,
		Set<MeetingStatus> nextStatuses, boolean agendaEditable) {

}
