package jp.kyogikai.application;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jp.kyogikai.application.rule.AttachmentKind;
import org.hibernate.envers.Audited;

/**
 * One version of a document attached to an application: a new upload of the same kind is
 * the next version, and the earlier ones stay listed. A row never changes (the table
 * refuses updates), nor does the stored file it names.
 */
@Entity
@Audited
public class ApplicationAttachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "application_id")
	private Application application;

	@Enumerated(EnumType.STRING)
	private AttachmentKind kind;

	private long storedFileId;

	private int versionNumber;

	private Instant uploadedAt;

	private String uploadedBy;

	protected ApplicationAttachment() {
	}

	ApplicationAttachment(Application application, AttachmentKind kind, long storedFileId, int versionNumber,
			Instant uploadedAt, String uploadedBy) {
		this.application = application;
		this.kind = kind;
		this.storedFileId = storedFileId;
		this.versionNumber = versionNumber;
		this.uploadedAt = uploadedAt;
		this.uploadedBy = uploadedBy;
	}

	public Long getId() {
		return this.id;
	}

	public AttachmentKind getKind() {
		return this.kind;
	}

	public long getStoredFileId() {
		return this.storedFileId;
	}

	public int getVersionNumber() {
		return this.versionNumber;
	}

	public Instant getUploadedAt() {
		return this.uploadedAt;
	}

	public String getUploadedBy() {
		return this.uploadedBy;
	}

}
