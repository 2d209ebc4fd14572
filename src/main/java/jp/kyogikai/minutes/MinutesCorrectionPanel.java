package jp.kyogikai.minutes;

import java.util.List;

import jp.kyogikai.file.StoredFileInfo;

/**
 * What the staff page of final minutes offers for corrections (訂正): every part that may
 * be corrected with its text as it reads now, and every PDF stored for the minutes.
 *
 * @param targets the sections in order, each followed by its statements
 * @param files the stored PDFs in the order they were stored: the final one (and the
 * public one) as first stored and those of each correction
 */
public record MinutesCorrectionPanel(List<Target> targets, List<FileVersion> files) {

	/**
	 * A part of the minutes that may be corrected.
	 *
	 * @param sectionId the section
	 * @param statementId one of its statements, or {@code null} for the section itself
	 * @param label how the part is named, e.g. 会議の成立, (1) 対価の変更について：小川委員の発言
	 * @param heading the section's heading as it reads; {@code null} for a statement
	 * @param text the section's body or the statement's summary as it reads
	 * @param note 「（令和8年12月2日訂正）」 when already corrected, else {@code null}
	 */
	public record Target(long sectionId, Long statementId, String label, String heading, String text, String note) {

		/**
		 * A key unique on the page, for the ids of the form's fields.
		 * @return e.g. {@code s12}, {@code st34}
		 */
		public String key() {
			return (this.statementId != null) ? "st" + this.statementId : "s" + this.sectionId;
		}

	}

	/**
	 * A stored PDF of the minutes.
	 *
	 * @param correction 0 for the PDF stored when finalising or publishing, else the
	 * number of the correction that stored it (1, 2, …)
	 * @param publicVersion whether it is the public version (names masked)
	 * @param file the stored file with its SHA-256
	 * @param reason the correction's reason; {@code null} for the first PDFs
	 */
	public record FileVersion(int correction, boolean publicVersion, StoredFileInfo file, String reason) {
	}

}
