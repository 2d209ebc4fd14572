package jp.kyogikai.minutes;

/**
 * A minutes PDF to download.
 *
 * @param fileName the file's name
 * @param content the PDF
 */
public record MinutesFile(String fileName, byte[] content) {
}
