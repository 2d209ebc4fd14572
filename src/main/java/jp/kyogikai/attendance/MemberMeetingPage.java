package jp.kyogikai.attendance;

import java.util.List;
import java.util.Map;

import jp.kyogikai.council.rule.ProxyPolicy;
import jp.kyogikai.meeting.AgendaLine;

/**
 * A meeting's page in the member portal.
 *
 * @param meeting the meeting with the member's reply
 * @param agenda the 次第, numbered as staff see it
 * @param notes the member's own notes by 次第 item id
 * @param replyOpen whether replies may still change (until the meeting is held)
 * @param mayReply whether the member is in office on the meeting's day
 * @param proxyPolicy the charter's proxy policy (代理出席 is offered only when allowed)
 */
public record MemberMeetingPage(MemberMeeting meeting, List<AgendaLine> agenda, Map<Long, String> notes,
		boolean replyOpen, boolean mayReply, ProxyPolicy proxyPolicy) {

	public boolean replyEditable() {
		return this.replyOpen && this.mayReply;
	}

}
