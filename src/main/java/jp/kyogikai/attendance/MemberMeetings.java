package jp.kyogikai.attendance;

import java.util.List;

/**
 * A member's meetings: those still to come, soonest first, and the others, latest first.
 *
 * @param upcoming convened and not yet held, from today on
 * @param past held, or convened for a day already past
 */
public record MemberMeetings(List<MemberMeeting> upcoming, List<MemberMeeting> past) {

}
