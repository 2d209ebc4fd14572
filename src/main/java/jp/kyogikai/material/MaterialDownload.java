package jp.kyogikai.material;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A member's download of a meeting's packet ({@code materialId} {@code null}) or of one
 * material: a log entry, never changed.
 */
@Entity
@Table(name = "material_download")
class MaterialDownload {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long meetingId;

	private Long materialId;

	private boolean packet;

	private long userId;

	private Instant downloadedAt;

	protected MaterialDownload() {
	}

	MaterialDownload(long meetingId, Long materialId, long userId, Instant downloadedAt) {
		this.meetingId = meetingId;
		this.materialId = materialId;
		this.packet = materialId == null;
		this.userId = userId;
		this.downloadedAt = downloadedAt;
	}

	Long getId() {
		return this.id;
	}

}
