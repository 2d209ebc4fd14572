package jp.kyogikai.file;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded files. Spring's own multipart limits
 * ({@code spring.servlet.multipart.max-file-size}) must stay a little above
 * {@code maxSize}, so that a file just over it gets this module's Japanese message.
 *
 * @param maxSize the largest file accepted
 */
@ConfigurationProperties("kyogikai.files")
public record FileProperties(@DefaultValue("20MB") DataSize maxSize) {

}
