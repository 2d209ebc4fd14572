package jp.kyogikai.application;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kyogikai.application.rule.ApplicationAction;
import jp.kyogikai.application.rule.AttachmentKind;
import jp.kyogikai.operator.Operator;

/**
 * An application as its page shows it, to its operator or to staff.
 *
 * @param application the application
 * @param operator its operator
 * @param classification for a 変更登録, the Japanese sentence saying whether it is
 * deliberated or only notified and why; otherwise {@code null}
 * @param checklist its documents, the required ones first
 * @param missing the required documents not yet attached
 * @param timeline its steps, oldest first
 * @param corrections while it is returned, the secretariat's comments of the return by
 * field key ({@code ""} for the whole); otherwise empty
 * @param actions the steps the viewer may take now (decisions excluded: the meeting
 * records them)
 * @param commentFields the parts staff may comment on when returning it
 * @param editable whether its operator may still change it (下書き or 差戻し)
 * @param placements for staff, the meetings whose 次第 names it; empty for its operator
 */
public record ApplicationView(Application application, Operator operator, String classification,
		List<ChecklistEntry> checklist, List<AttachmentKind> missing, List<TimelineEntry> timeline,
		Map<String, String> corrections, Set<ApplicationAction> actions, List<CommentField> commentFields,
		boolean editable, List<AgendaPlacements.AgendaPlacement> placements) {

	/**
	 * The secretariat's comment on a field while the application is returned.
	 * @param key the field ({@code reason}, {@code attachment.FARE_TABLE} …)
	 * @return the comment, {@code null} when there is none
	 */
	public String correction(String key) {
		return this.corrections.get(key);
	}

	/**
	 * The checklist line of a document.
	 * @param kind the document
	 * @return the line, {@code null} when the application does not carry it
	 */
	public ChecklistEntry entry(AttachmentKind kind) {
		return this.checklist.stream().filter((entry) -> entry.kind() == kind).findFirst().orElse(null);
	}

}
