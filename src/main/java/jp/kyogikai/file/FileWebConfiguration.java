package jp.kyogikai.file;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers {@link UploadLimitFilter} after the character encoding and session filters
 * and before Spring Security (order -100), whose CSRF check is the first to read
 * parameters.
 */
@Configuration(proxyBeanMethods = false)
class FileWebConfiguration {

	static final int UPLOAD_LIMIT_FILTER_ORDER = -110;

	@Bean
	FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter() {
		FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(new UploadLimitFilter());
		registration.setOrder(UPLOAD_LIMIT_FILTER_ORDER);
		return registration;
	}

}
