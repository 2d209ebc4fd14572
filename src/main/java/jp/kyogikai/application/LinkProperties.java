package jp.kyogikai.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the product is reached from outside, for the links in mail.
 *
 * @param baseUrl {@code kyogikai.base-url}, the address users open, without a trailing
 * slash (default {@code http://localhost:8080})
 */
@ConfigurationProperties("kyogikai")
public record LinkProperties(@DefaultValue("http://localhost:8080") String baseUrl) {

	public LinkProperties {
		baseUrl = (baseUrl == null || baseUrl.isBlank()) ? "http://localhost:8080" : baseUrl.strip();
		while (baseUrl.endsWith("/")) {
			baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
		}
	}

	/**
	 * The address of a page.
	 * @param path the path from the root, starting with {@code /}
	 * @return the full URL
	 */
	public String link(String path) {
		return this.baseUrl + path;
	}

}
