package jp.kyogikai.minutes;

/**
 * A correction of final minutes as staff enter it: the part (a section, or one statement
 * of it), the new heading (a section only; blank keeps it), the new text (the section's
 * body or the statement's summary) and the reason, with the version of the minutes the
 * page showed.
 */
public class MinutesCorrectionForm {

	private long version;

	private Long sectionId;

	private Long statementId;

	private String heading;

	private String text;

	private String reason;

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public Long getSectionId() {
		return this.sectionId;
	}

	public void setSectionId(Long sectionId) {
		this.sectionId = sectionId;
	}

	public Long getStatementId() {
		return this.statementId;
	}

	public void setStatementId(Long statementId) {
		this.statementId = statementId;
	}

	public String getHeading() {
		return this.heading;
	}

	public void setHeading(String heading) {
		this.heading = heading;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
