package jp.kyogikai.material;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A material or packet as a response: shown in the browser's PDF viewer, its name in RFC
 * 5987 form, not sniffed, not cached.
 */
public final class MaterialDownloads {

	private MaterialDownloads() {
	}

	/**
	 * The file as a response shown inline.
	 * @param file the file
	 * @return the response
	 */
	public static ResponseEntity<byte[]> inline(MaterialFile file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.mediaType()))
			.contentLength(file.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(file.fileName().replaceAll("[\\\\/:*?\"<>|\\s]+", "_"), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(file.content());
	}

}
