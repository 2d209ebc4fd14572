package jp.kyogikai.convocation;

import java.util.List;

import jp.kyogikai.meeting.CheckedMeeting;
import jp.kyogikai.meeting.Meeting;
import jp.kyogikai.meeting.rule.MeetingStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives the meeting page its convocation panel
 * ({@code templates/convocations/_panel.html},
 * {@code ${@convocationPanels.panel(view.checked())}}): the meeting module does not know
 * the convocation, so the panel asks for its own data, for the meeting the page checked
 * ({@link CheckedMeeting}).
 */
@Component("convocationPanels")
class ConvocationPanels {

	private final ConvocationService convocations;

	ConvocationPanels(ConvocationService convocations) {
		this.convocations = convocations;
	}

	/**
	 * The panel of the meeting the page checked.
	 * @param checked the meeting, checked for the page's user
	 * @return the panel
	 */
	@Transactional(readOnly = true)
	public ConvocationPanel panel(CheckedMeeting checked) {
		Meeting meeting = checked.meeting();
		List<Convocation> sent = this.convocations.convocations(checked);
		Convocation latest = sent.isEmpty() ? null : sent.get(0);
		return new ConvocationPanel(this.convocations.form(checked, sent), sent,
				(latest != null) ? this.convocations.recipients(latest) : List.of(),
				latest != null && latest.outdatedBy(meeting),
				meeting.getStatus() == MeetingStatus.PLANNED || meeting.getStatus() == MeetingStatus.CONVENED);
	}

}
