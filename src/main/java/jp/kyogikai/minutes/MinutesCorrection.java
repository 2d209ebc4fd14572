package jp.kyogikai.minutes;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * A correction (訂正) of final minutes: one section (its heading and body as corrected) or
 * one statement of a section (its summary as corrected), the reason, who and when, and
 * the PDFs stored with it (the minutes as they read with every correction so far; the
 * public one when the minutes are published). The latest correction of a part wins. Rows
 * never change (the database refuses it); the minutes' own rows and files stay as
 * finalised.
 */
@Entity
@Audited
@Table(name = "minutes_correction")
public class MinutesCorrection {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long minutesId;

	private long sectionId;

	private Long statementId;

	private String heading;

	private String body;

	private String reason;

	private Instant correctedAt;

	private String correctedBy;

	private Long finalFileId;

	private Long publicFileId;

	protected MinutesCorrection() {
	}

	/**
	 * A correction, not yet stored: its files are attached once rendered.
	 * @param minutesId the final minutes
	 * @param sectionId the section
	 * @param statementId the statement, or {@code null} for the section itself
	 * @param heading the section's heading as corrected; {@code null} for a statement
	 * @param body the section's body, or the statement's summary, as corrected
	 * @param reason why
	 * @param correctedAt when
	 * @param correctedBy who
	 */
	MinutesCorrection(long minutesId, long sectionId, Long statementId, String heading, String body, String reason,
			Instant correctedAt, String correctedBy) {
		this.minutesId = minutesId;
		this.sectionId = sectionId;
		this.statementId = statementId;
		this.heading = heading;
		this.body = body;
		this.reason = reason;
		this.correctedAt = correctedAt;
		this.correctedBy = correctedBy;
	}

	void attach(long finalFileId, Long publicFileId) {
		if (this.id != null) {
			throw new IllegalStateException("A stored correction never changes");
		}
		this.finalFileId = finalFileId;
		this.publicFileId = publicFileId;
	}

	/**
	 * Whether the correction is of one statement rather than of a section.
	 * @return {@code true} for a statement
	 */
	public boolean ofStatement() {
		return this.statementId != null;
	}

	public Long getId() {
		return this.id;
	}

	public long getMinutesId() {
		return this.minutesId;
	}

	public long getSectionId() {
		return this.sectionId;
	}

	public Long getStatementId() {
		return this.statementId;
	}

	public String getHeading() {
		return this.heading;
	}

	public String getBody() {
		return this.body;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getCorrectedAt() {
		return this.correctedAt;
	}

	public String getCorrectedBy() {
		return this.correctedBy;
	}

	public Long getFinalFileId() {
		return this.finalFileId;
	}

	public Long getPublicFileId() {
		return this.publicFileId;
	}

}
