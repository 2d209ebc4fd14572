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
 * The minutes (議事録) of one meeting: drafted from the meeting's record, edited by staff,
 * finalised (the PDF stored with its SHA-256; nothing changes after that, which the
 * database enforces) and published (the public PDF, names of private persons masked). The
 * content is its {@link MinutesSection}s, {@link MinutesStatement}s,
 * {@link MinutesSigner}s and {@link MinutesMaskedName}s.
 */
@Entity
@Audited
@Table(name = "minutes")
public class Minutes {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	private long meetingId;

	private String title;

	private String presidingName;

	private boolean signatures;

	private boolean maskNames;

	private Instant draftedAt;

	private String draftedBy;

	private Instant finalisedAt;

	private String finalisedBy;

	private Long finalFileId;

	private Instant publishedAt;

	private String publishedBy;

	private Long publicFileId;

	protected Minutes() {
	}

	Minutes(long meetingId, String title, String presidingName, Instant draftedAt, String draftedBy) {
		this.meetingId = meetingId;
		this.title = title;
		this.presidingName = presidingName;
		this.draftedAt = draftedAt;
		this.draftedBy = draftedBy;
	}

	void edit(String title, String presidingName) {
		this.title = title;
		this.presidingName = presidingName;
	}

	void redrafted(String title, String presidingName, Instant at, String by) {
		edit(title, presidingName);
		this.draftedAt = at;
		this.draftedBy = by;
	}

	void finalise(long fileId, boolean signatures, Instant at, String by) {
		this.finalFileId = fileId;
		this.signatures = signatures;
		this.finalisedAt = at;
		this.finalisedBy = by;
	}

	void publish(long fileId, boolean maskNames, Instant at, String by) {
		this.publicFileId = fileId;
		this.maskNames = maskNames;
		this.publishedAt = at;
		this.publishedBy = by;
	}

	/**
	 * Whether the minutes are final: their content never changes again.
	 * @return {@code true} once finalised
	 */
	public boolean isFinal() {
		return this.finalisedAt != null;
	}

	/**
	 * Whether the minutes are on the public page.
	 * @return {@code true} once published
	 */
	public boolean isPublished() {
		return this.publishedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getMeetingId() {
		return this.meetingId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getPresidingName() {
		return this.presidingName;
	}

	/**
	 * Whether final minutes carry the signatures of 議長 and 議事録署名人, as the policy said
	 * when they were finalised.
	 * @return {@code true} with signatures
	 */
	public boolean isSignatures() {
		return this.signatures;
	}

	/**
	 * Whether published minutes mask private persons' names, as the policy said when they
	 * were published.
	 * @return {@code true} when masked
	 */
	public boolean isMaskNames() {
		return this.maskNames;
	}

	public Instant getDraftedAt() {
		return this.draftedAt;
	}

	public String getDraftedBy() {
		return this.draftedBy;
	}

	public Instant getFinalisedAt() {
		return this.finalisedAt;
	}

	public String getFinalisedBy() {
		return this.finalisedBy;
	}

	public Long getFinalFileId() {
		return this.finalFileId;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public Long getPublicFileId() {
		return this.publicFileId;
	}

}
