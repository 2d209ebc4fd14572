package jp.kyogikai.convocation;

import java.util.List;

import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.meeting.MeetingService;
import jp.kyogikai.meeting.rule.MeetingStatus;
import jp.kyogikai.security.AccountPrincipal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the meeting page its convocation panel
 * ({@code templates/convocations/_panel.html}, {@code ${@convocationPanels.panel(id,
 * currentUser)}}): the meeting module does not know the convocation, so the panel asks
 * for its own data, with the same access check.
 */
@Component("convocationPanels")
class ConvocationPanels {

	private final MeetingService meetings;

	private final ConvocationService convocations;

	ConvocationPanels(MeetingService meetings, ConvocationService convocations) {
		this.meetings = meetings;
		this.convocations = convocations;
	}

	@Transactional(readOnly = true)
	public ConvocationPanel panel(long meetingId, AccountPrincipal user) {
		Meeting meeting = this.meetings.meeting(meetingId, user);
		List<Convocation> sent = this.convocations.convocations(meetingId, user);
		Convocation latest = sent.isEmpty() ? null : sent.get(0);
		return new ConvocationPanel(this.convocations.form(meeting, user), sent,
				(latest != null) ? this.convocations.recipients(latest) : List.of(),
				latest != null && latest.outdatedBy(meeting),
				meeting.getStatus() == MeetingStatus.PLANNED || meeting.getStatus() == MeetingStatus.CONVENED);
	}

}
