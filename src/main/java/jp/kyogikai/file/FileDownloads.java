package jp.kyogikai.file;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as a download: its stored media type, {@code Content-Disposition:
 * attachment} with the name in RFC 5987 form ({@code filename*=UTF-8''…}) and an ASCII
 * fallback, {@code X-Content-Type-Options: nosniff}, and no caching of the private
 * document.
 */
public final class FileDownloads {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private FileDownloads() {
	}

	/**
	 * The response for a download.
	 * @param file the file, read after the caller checked who may see it
	 * @return the response
	 */
	public static ResponseEntity<byte[]> attachment(StoredFileContent file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.info().mediaType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.info().fileName()))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(file.content());
	}

	static String contentDisposition(String fileName) {
		return "attachment; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
	}

	/**
	 * The name as an RFC 5987 {@code value-chars}: UTF-8 bytes, every byte outside
	 * {@code attr-char} percent-encoded.
	 * @param fileName the stored name
	 * @return the encoded name
	 */
	static String rfc5987(String fileName) {
		StringBuilder encoded = new StringBuilder();
		for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
					|| "!#$&+-.^_`|~".indexOf(c) >= 0) {
				encoded.append((char) c);
			}
			else {
				encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0x0F]);
			}
		}
		return encoded.toString();
	}

	/**
	 * The name for clients that do not read {@code filename*}: non-ASCII characters,
	 * quotes and backslashes become {@code _}, the extension stays.
	 * @param fileName the stored name
	 * @return printable ASCII only
	 */
	static String asciiFallback(String fileName) {
		StringBuilder ascii = new StringBuilder();
		fileName.codePoints()
			.forEach((c) -> ascii.append((c >= 0x20 && c < 0x7F && c != '"' && c != '\\') ? (char) c : '_'));
		return ascii.toString();
	}

}
