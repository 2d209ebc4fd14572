package jp.kyogikai.file;

import java.time.Instant;

/**
 * A stored file without its content, as pages list it.
 *
 * @param id the file
 * @param fileName the sanitised original name
 * @param mediaType {@code application/pdf}, {@code image/jpeg} or {@code image/png}
 * @param size in bytes
 * @param sha256 the SHA-256 of the content, 64 lower-case hex digits
 * @param uploadedBy the user name of whoever uploaded it ({@code system} for demo data)
 * @param uploadedAt when
 */
public record StoredFileInfo(long id, String fileName, String mediaType, long size, String sha256, String uploadedBy,
		Instant uploadedAt) {

	/**
	 * The size as people read it.
	 * @return e.g. {@code 1.2MB}, {@code 312KB}
	 */
	public String sizeText() {
		return FileCheck.sizeText(this.size);
	}

}
