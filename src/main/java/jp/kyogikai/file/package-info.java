/**
 * Uploaded documents kept in PostgreSQL ({@code stored_file}): the content with its media
 * type, sanitised original name, size, SHA-256, who uploaded it and when, and the
 * municipality it belongs to. {@link jp.kyogikai.file.StoredFileService} accepts only
 * PDF, JPEG and PNG, judged by the content rather than the name, up to
 * {@code kyogikai.files.max-size} (default 20MB); a rejection is a
 * {@link jp.kyogikai.file.FileRejectedException} with a message code. Files never change:
 * a new upload is a new row. Reads are scoped by municipality; the module that refers to
 * a file checks who may see it first. {@link jp.kyogikai.file.FileDownloads} serves one
 * as an attachment.
 */
package jp.kyogikai.file;
