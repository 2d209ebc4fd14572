package jp.kyogikai.file;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;

/**
 * One uploaded file. Never changed once stored (the table refuses updates too): a
 * replacement is a new row, and the record that refers to it keeps the old id in its
 * history. Belongs to a municipality, referred to by id.
 */
@Entity
@Immutable
class StoredFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long municipalityId;

	private byte[] content;

	private String mediaType;

	private String fileName;

	private long sizeBytes;

	private String sha256;

	private String uploadedBy;

	private Instant uploadedAt;

	protected StoredFile() {
	}

	StoredFile(long municipalityId, byte[] content, FileType type, String fileName, String sha256, String uploadedBy,
			Instant uploadedAt) {
		this.municipalityId = municipalityId;
		this.content = content;
		this.mediaType = type.mediaType();
		this.fileName = fileName;
		this.sizeBytes = content.length;
		this.sha256 = sha256;
		this.uploadedBy = uploadedBy;
		this.uploadedAt = uploadedAt;
	}

	StoredFileInfo info() {
		return new StoredFileInfo(this.id, this.fileName, this.mediaType, this.sizeBytes, this.sha256, this.uploadedBy,
				this.uploadedAt);
	}

	Long getId() {
		return this.id;
	}

	byte[] getContent() {
		return this.content;
	}

}
