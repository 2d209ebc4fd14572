package jp.kyogikai.material;

/**
 * A material or packet ready to send.
 *
 * @param fileName the file's name
 * @param mediaType its media type
 * @param content its bytes
 */
public record MaterialFile(String fileName, String mediaType, byte[] content) {
}
