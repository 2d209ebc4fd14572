package jp.kyogikai.file;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file accepted, recognised by their first bytes (magic numbers), never by
 * the file name or the type the browser claims.
 */
public enum FileType {

	/** PDF: {@code %PDF-}. */
	PDF("application/pdf", List.of("pdf"), new byte[] { '%', 'P', 'D', 'F', '-' }),

	/** JPEG: {@code FF D8 FF}. */
	JPEG("image/jpeg", List.of("jpg", "jpeg"), new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),

	/** PNG: {@code 89 50 4E 47 0D 0A 1A 0A}. */
	PNG("image/png", List.of("png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

	private final String mediaType;

	private final List<String> extensions;

	private final byte[] magic;

	FileType(String mediaType, List<String> extensions, byte[] magic) {
		this.mediaType = mediaType;
		this.extensions = extensions;
		this.magic = magic;
	}

	/**
	 * The type of a content.
	 * @param content the file's bytes
	 * @return the type whose magic number the content starts with; empty for anything
	 * else
	 */
	public static Optional<FileType> of(byte[] content) {
		return Arrays.stream(values()).filter((type) -> type.matches(content)).findFirst();
	}

	/**
	 * The type stored under a media type.
	 * @param mediaType as stored
	 * @return the type
	 */
	static FileType ofMediaType(String mediaType) {
		return Arrays.stream(values())
			.filter((type) -> type.mediaType.equals(mediaType))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("未対応の形式です: " + mediaType));
	}

	private boolean matches(byte[] content) {
		if (content == null || content.length < this.magic.length) {
			return false;
		}
		return Arrays.equals(content, 0, this.magic.length, this.magic, 0, this.magic.length);
	}

	public String mediaType() {
		return this.mediaType;
	}

	/**
	 * The usual file name extensions, the first the one added to a name that has none of
	 * them.
	 * @return lower-case extensions without the dot
	 */
	public List<String> extensions() {
		return this.extensions;
	}

}
