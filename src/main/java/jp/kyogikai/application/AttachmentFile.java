package jp.kyogikai.application;

import jp.kyogikai.file.StoredFileInfo;

/**
 * One version of an attached document with its stored file.
 *
 * @param attachment the version
 * @param file the stored file (name, size, SHA-256)
 */
public record AttachmentFile(ApplicationAttachment attachment, StoredFileInfo file) {

}
