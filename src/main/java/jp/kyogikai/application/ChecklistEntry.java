package jp.kyogikai.application;

import java.util.List;

import jp.kyogikai.application.rule.AttachmentKind;

/**
 * One line of an application's document checklist.
 *
 * @param kind the document
 * @param required whether it must be attached before submission
 * @param versions the versions attached, newest first
 */
public record ChecklistEntry(AttachmentKind kind, boolean required, List<AttachmentFile> versions) {

	/**
	 * The version in force.
	 * @return the newest, {@code null} when none is attached
	 */
	public AttachmentFile current() {
		return this.versions.isEmpty() ? null : this.versions.get(0);
	}

	/**
	 * The versions it replaced.
	 * @return the older versions, newest first
	 */
	public List<AttachmentFile> earlier() {
		return this.versions.isEmpty() ? List.of() : this.versions.subList(1, this.versions.size());
	}

	/**
	 * Whether a required document is still missing.
	 * @return {@code true} when required and nothing is attached
	 */
	public boolean missing() {
		return this.required && this.versions.isEmpty();
	}

}
