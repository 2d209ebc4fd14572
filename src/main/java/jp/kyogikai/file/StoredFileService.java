package jp.kyogikai.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Stores uploaded files and reads them back within a municipality. Only PDF, JPEG and PNG
 * are accepted, judged by the first bytes of the content (a text file named {@code .pdf}
 * is refused), up to {@code kyogikai.files.max-size}. It does not decide who may see a
 * file: the caller checks the record that refers to it first and passes the municipality
 * that record belongs to.
 */
@Service
@Transactional(readOnly = true)
public class StoredFileService {

	private final StoredFileRepository files;

	private final FileProperties properties;

	private final Clock clock;

	StoredFileService(StoredFileRepository files, FileProperties properties, Clock clock) {
		this.files = files;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The largest file accepted, as people read it.
	 * @return e.g. {@code 20MB}
	 */
	public String limitText() {
		return FileCheck.limitText(maxBytes());
	}

	/**
	 * Stores an upload. The size is checked before the content is read.
	 * @param file the uploaded file, {@code null} when the request had none
	 * @param municipalityId the municipality the file belongs to
	 * @param uploadedBy the signed-in user's name
	 * @return the stored file
	 * @throws FileRejectedException when there is no file, it is empty, too large, or not
	 * a PDF, JPEG or PNG; nothing is stored then
	 */
	@Transactional
	public StoredFileInfo store(MultipartFile file, long municipalityId, String uploadedBy) {
		if (file == null) {
			throw new FileRejectedException(FileRejectedException.MISSING);
		}
		FileCheck.checkSize(file.getOriginalFilename(), file.getSize(), maxBytes());
		try {
			return store(file.getBytes(), file.getOriginalFilename(), municipalityId, uploadedBy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("アップロードされたファイルを読めません", ex);
		}
	}

	/**
	 * Stores a file's bytes.
	 * @param content the content
	 * @param originalName the name it came with, sanitised before it is stored
	 * @param municipalityId the municipality the file belongs to
	 * @param uploadedBy the signed-in user's name, or {@code system}
	 * @return the stored file
	 * @throws FileRejectedException when the content is empty, too large, or not a PDF,
	 * JPEG or PNG; nothing is stored then
	 */
	@Transactional
	public StoredFileInfo store(byte[] content, String originalName, long municipalityId, String uploadedBy) {
		if (content == null || content.length == 0) {
			throw new FileRejectedException(FileRejectedException.EMPTY);
		}
		FileCheck.checkSize(originalName, content.length, maxBytes());
		FileType type = FileCheck.type(content);
		StoredFile file = new StoredFile(municipalityId, content, type, FileCheck.sanitise(originalName, type),
				sha256(content), uploadedBy, Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
		return this.files.saveAndFlush(file).info();
	}

	/**
	 * A file without its content.
	 * @param id the file
	 * @param municipalityId the municipality it must belong to
	 * @return the file, empty when there is none in that municipality
	 */
	public Optional<StoredFileInfo> info(long id, long municipalityId) {
		return this.files.findInfos(List.of(id), municipalityId).stream().findFirst();
	}

	/**
	 * Files without their content, newest first.
	 * @param ids the files
	 * @param municipalityId the municipality they must belong to
	 * @return those found in that municipality
	 */
	public List<StoredFileInfo> infos(Collection<Long> ids, long municipalityId) {
		return ids.isEmpty() ? List.of() : this.files.findInfos(ids, municipalityId);
	}

	/**
	 * A file with its content, for a download.
	 * @param id the file
	 * @param municipalityId the municipality it must belong to
	 * @return the file
	 * @throws StoredFileNotFoundException (404) when there is none in that municipality
	 */
	public StoredFileContent content(long id, long municipalityId) {
		StoredFile file = this.files.findByIdAndMunicipalityId(id, municipalityId)
			.orElseThrow(() -> new StoredFileNotFoundException(id));
		return new StoredFileContent(file.info(), file.getContent());
	}

	private long maxBytes() {
		return this.properties.maxSize().toBytes();
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 が使えません", ex);
		}
	}

}
