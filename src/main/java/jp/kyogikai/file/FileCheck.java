package jp.kyogikai.file;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What an upload must pass before it is stored, and the name it is stored under. Pure
 * Java, so the limits can be tested small.
 */
final class FileCheck {

	/** The longest name kept, in characters, extension included. */
	static final int MAX_NAME_LENGTH = 200;

	private static final long KB = 1024;

	private static final long MB = 1024 * KB;

	private FileCheck() {
	}

	/**
	 * Checks the size before the content is read.
	 * @param originalName the name the browser sent, {@code null} or blank when no file
	 * was chosen
	 * @param size the size in bytes
	 * @param maxBytes the limit
	 * @throws FileRejectedException when no file was chosen, it is empty or too large
	 */
	static void checkSize(String originalName, long size, long maxBytes) {
		if (size <= 0 && (originalName == null || originalName.isBlank())) {
			throw new FileRejectedException(FileRejectedException.MISSING);
		}
		if (size <= 0) {
			throw new FileRejectedException(FileRejectedException.EMPTY);
		}
		if (size > maxBytes) {
			throw new FileRejectedException(FileRejectedException.TOO_LARGE, sizeText(size), limitText(maxBytes));
		}
	}

	/**
	 * The type of the content, judged by its first bytes only.
	 * @param content the whole file
	 * @return the type
	 * @throws FileRejectedException when the file is empty or not a PDF, JPEG or PNG
	 */
	static FileType type(byte[] content) {
		if (content == null || content.length == 0) {
			throw new FileRejectedException(FileRejectedException.EMPTY);
		}
		return FileType.of(content).orElseThrow(() -> new FileRejectedException(FileRejectedException.TYPE));
	}

	/**
	 * The name to store: without any folder, control or direction characters, or
	 * characters that file systems refuse, at most {@value #MAX_NAME_LENGTH} characters,
	 * and ending in an extension of the type the content really is (a PDF named
	 * {@code 契約書.html} becomes {@code 契約書.html.pdf}).
	 * @param originalName the name the browser sent, may be {@code null}
	 * @param type the type found in the content
	 * @return a safe name
	 */
	static String sanitise(String originalName, FileType type) {
		String name = Normalizer.normalize((originalName != null) ? originalName : "", Normalizer.Form.NFC);
		int folder = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
		name = name.substring(folder + 1);
		name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cs}]", "");
		name = name.replaceAll("[\"*:<>?|]", "_");
		name = name.replaceAll("\\s+", " ");
		name = name.replaceAll("^[\\s.]+", "").replaceAll("[\\s.]+$", "");
		String extension = extension(name);
		if (!type.extensions().contains(extension)) {
			extension = type.extensions().get(0);
			name = name.isEmpty() ? "file." + extension : name + "." + extension;
		}
		int keep = MAX_NAME_LENGTH - extension.length() - 1;
		String base = name.substring(0, name.length() - extension.length() - 1);
		if (base.codePointCount(0, base.length()) > keep) {
			base = base.substring(0, base.offsetByCodePoints(0, keep)).strip();
		}
		return (base.isEmpty() ? "file" : base) + "." + extension;
	}

	private static String extension(String name) {
		int dot = name.lastIndexOf('.');
		return (dot < 0) ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

	/**
	 * A size as people read it, rounded up so that a file just over a limit never reads
	 * as the limit itself.
	 * @param bytes the size
	 * @return e.g. {@code 20.1MB}, {@code 312KB}, {@code 512バイト}
	 */
	static String sizeText(long bytes) {
		if (bytes >= MB) {
			long tenths = (bytes * 10 + MB - 1) / MB;
			return (tenths / 10) + "." + (tenths % 10) + "MB";
		}
		if (bytes >= KB) {
			return ((bytes + KB - 1) / KB) + "KB";
		}
		return bytes + "バイト";
	}

	/**
	 * A limit as people read it.
	 * @param bytes the limit
	 * @return e.g. {@code 20MB}
	 */
	static String limitText(long bytes) {
		if (bytes >= MB && bytes % MB == 0) {
			return (bytes / MB) + "MB";
		}
		if (bytes >= KB && bytes % KB == 0) {
			return (bytes / KB) + "KB";
		}
		return sizeText(bytes);
	}

}
