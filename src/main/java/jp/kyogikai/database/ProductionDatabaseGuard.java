package jp.kyogikai.database;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * In {@code prod} the database must be configured explicitly: stop before any bean is
 * created, with a message that says what to set.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
class ProductionDatabaseGuard {

	static final String MESSAGE = "prod プロファイルではデータベースの接続先が必須です。"
			+ "環境変数 SPRING_DATASOURCE_URL（例: jdbc:postgresql://db.example.lg.jp:5432/kyogikai）と "
			+ "SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD を設定してください。"
			+ " (The prod profile requires spring.datasource.url.)";

	@Bean
	static BeanFactoryPostProcessor requireDatasourceUrl(Environment environment) {
		return (beanFactory) -> {
			if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
				throw new MissingDatasourceUrlException(MESSAGE);
			}
		};
	}

	/**
	 * Thrown at start-up of {@code prod} without a datasource URL.
	 */
	static class MissingDatasourceUrlException extends IllegalStateException {

		MissingDatasourceUrlException(String message) {
			super(message);
		}

	}

}
