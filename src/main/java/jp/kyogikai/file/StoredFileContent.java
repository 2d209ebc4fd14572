package jp.kyogikai.file;

/**
 * A stored file with its content, for a download.
 *
 * @param info what the file is
 * @param content its bytes
 */
public record StoredFileContent(StoredFileInfo info, byte[] content) {

}
