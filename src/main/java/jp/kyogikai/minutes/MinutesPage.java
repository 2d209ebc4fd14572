package jp.kyogikai.minutes;

import java.util.List;

import jp.kyogikai.file.StoredFileInfo;
import jp.kyogikai.meeting.Meeting;

/**
 * The staff page of a meeting's minutes.
 *
 * @param meeting the meeting
 * @param councilName its council
 * @param minutes the minutes, or {@code null} before the draft
 * @param kinds each section's kind, in the form's order
 * @param form the edit form (with blank rows to add statements and masked names)
 * @param policy the council's rules for minutes
 * @param present the members present (or represented), who may sign
 * @param draftRefusal why a draft cannot be made yet (a message), or {@code null}
 * @param finalFile the stored final PDF, or {@code null}
 * @param publicFile the stored public PDF, or {@code null}
 */
public record MinutesPage(Meeting meeting, String councilName, Minutes minutes, List<SectionKind> kinds,
		MinutesForm form, MinutesPolicy policy, List<Signer> present, String draftRefusal, StoredFileInfo finalFile,
		StoredFileInfo publicFile) {

	/**
	 * Whether the minutes may still be edited.
	 * @return {@code true} for a draft
	 */
	public boolean editable() {
		return this.minutes != null && !this.minutes.isFinal();
	}

	/**
	 * A member who may sign.
	 *
	 * @param memberId the member
	 * @param name the name
	 */
	public record Signer(long memberId, String name) {
	}

}
